package io.sluice.message;

import jakarta.jms.JMSException;
import jakarta.jms.TemporaryTopic;

/**
 * A temporary topic, owned by the connection that created it. {@link #delete()} goes through the
 * {@link TemporaryDestinationDeleter} that connection installed.
 */
public final class SluiceTemporaryTopic extends SluiceTopic implements TemporaryTopic {
    private static final long serialVersionUID = 1L;

    private final TemporaryOwnership ownership;

    /** @param connectionId the id of the creating connection; may be null when unknown */
    public SluiceTemporaryTopic(String name, String connectionId) {
        super(DestinationKind.TEMPORARY_TOPIC, name);
        this.ownership = new TemporaryOwnership(connectionId);
    }

    @Override
    public String connectionId() {
        return ownership.connectionId();
    }

    public void setDeleter(TemporaryDestinationDeleter deleter) {
        ownership.deleter(deleter);
    }

    @Override
    public void delete() throws JMSException {
        ownership.delete(this);
    }
}
