package io.sluice.message;

import jakarta.jms.JMSException;
import jakarta.jms.TemporaryQueue;

/**
 * A temporary queue, owned by the connection that created it. {@link #delete()} goes through the
 * {@link TemporaryDestinationDeleter} that connection installed.
 */
public final class SluiceTemporaryQueue extends SluiceQueue implements TemporaryQueue {
    private static final long serialVersionUID = 1L;

    private final TemporaryOwnership ownership;

    /** @param connectionId the id of the creating connection; may be null when unknown */
    public SluiceTemporaryQueue(String name, String connectionId) {
        super(DestinationKind.TEMPORARY_QUEUE, name);
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
