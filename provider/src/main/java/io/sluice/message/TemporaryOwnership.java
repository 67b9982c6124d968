package io.sluice.message;

import jakarta.jms.JMSException;

/**
 * The creating connection of a temporary destination and how to delete it. The deleter is transient: a copy
 * of the destination that travelled in a message or through serialization cannot delete it.
 */
final class TemporaryOwnership implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final String connectionId;
    private transient volatile TemporaryDestinationDeleter deleter;

    TemporaryOwnership(String connectionId) {
        this.connectionId = connectionId;
    }

    String connectionId() {
        return connectionId;
    }

    void deleter(TemporaryDestinationDeleter deleter) {
        this.deleter = deleter;
    }

    void delete(SluiceDestination destination) throws JMSException {
        TemporaryDestinationDeleter current = deleter;
        if (current == null) {
            throw new jakarta.jms.IllegalStateException(destination + " can only be deleted through the connection "
                    + "that created it (connection " + connectionId + "); this instance was received or deserialized");
        }
        current.delete(destination);
    }
}
