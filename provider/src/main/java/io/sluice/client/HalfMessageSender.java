package io.sluice.client;

import io.sluice.client.transport.CheckBackBroker;
import io.sluice.message.SluiceDestination;
import jakarta.jms.Connection;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;

/**
 * What a transactional producer ({@code io.sluice.client.transactional}) needs of a Sluice connection: a session
 * of its own to send half messages of broker-wide transactions the way any Sluice producer sends, and the broker's
 * check-back transactions over the same connection.
 */
public final class HalfMessageSender implements AutoCloseable {
    private final SluiceConnection connection;
    private final SluiceSession session;

    public HalfMessageSender(Connection connection) throws JMSException {
        this.connection = sluice(connection);
        this.session = this.connection.createSession(Session.AUTO_ACKNOWLEDGE);
    }

    /** The broker's check-back transactions over a Sluice connection, for an administrator. */
    public static CheckBackBroker checkBacksOf(Connection connection) throws JMSException {
        return sluice(connection).broker().checkBacks();
    }

    private static SluiceConnection sluice(Connection connection) throws JMSException {
        if (!(connection instanceof SluiceConnection sluice)) {
            throw new JMSException("check-back transactions need a Sluice connection, not "
                    + (connection == null ? "null" : connection.getClass().getName()));
        }
        return sluice;
    }

    public CheckBackBroker checkBacks() {
        return connection.broker().checkBacks();
    }

    /** Sends {@code message} as a half message of {@code transactionId}, invisible until the broker commits it. */
    public void send(Destination destination, Message message, String transactionId) throws JMSException {
        SluiceDestination target = DestinationChecks.require(destination);
        session.broker().checkSend(target);
        session.sender().sendHalf(target, message, transactionId);
    }

    @Override
    public void close() throws JMSException {
        session.close();
    }
}
