package io.sluice.client;

import jakarta.jms.JMSException;

/**
 * A connection shared by the JMSContexts made from one another with createContext(int): it
 * closes with the last of them (JMSContext.close).
 */
final class SharedConnection {

    private final SluiceConnection connection;
    private int users = 1;

    SharedConnection(SluiceConnection connection) {
        this.connection = connection;
    }

    SluiceConnection connection() {
        return connection;
    }

    synchronized void retain() {
        users++;
    }

    void release() throws JMSException {
        boolean last;
        synchronized (this) {
            last = --users == 0;
        }
        if (last) {
            connection.close();
        }
    }
}
