package io.sluice.client.transport;

import io.sluice.message.SluiceDestination;
import jakarta.jms.JMSException;

/** The client's view of its connection to a broker, whatever carries it. */
public interface BrokerConnection extends AutoCloseable {

    /** InvalidClientIDException when another connection uses the ID. */
    void setClientId(String clientId) throws JMSException;

    BrokerSession createSession() throws JMSException;

    /** A fresh unique name for a temporary destination. */
    String createTemporaryName(boolean topic) throws JMSException;

    void declareTemporary(SluiceDestination temporary) throws JMSException;

    /** JMSException when the destination still has consumers. */
    void deleteTemporary(SluiceDestination temporary) throws JMSException;

    /** InvalidDestinationException for an unknown name, IllegalStateException while it has consumers. */
    void unsubscribe(String subscriptionName) throws JMSException;

    /** The broker's XA branches, reached through this connection. */
    XaBroker xa();

    /** The broker's check-back transactions (transactional producers), reached through this connection. */
    CheckBackBroker checkBacks();

    /** Tells {@code listener} when the broker can no longer serve this connection. */
    void onFailure(java.util.function.Consumer<JMSException> listener);

    @Override
    void close();
}
