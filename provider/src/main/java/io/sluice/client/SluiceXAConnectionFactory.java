package io.sluice.client;

import jakarta.jms.JMSException;
import jakarta.jms.XAConnection;
import jakarta.jms.XAConnectionFactory;
import jakarta.jms.XAJMSContext;
import jakarta.jms.XAQueueConnection;
import jakarta.jms.XAQueueConnectionFactory;
import jakarta.jms.XATopicConnection;
import jakarta.jms.XATopicConnectionFactory;

/**
 * The XA connection factory of Sluice: connections whose sessions take part in global (XA) transactions through
 * their XAResource. It is also a plain {@link SluiceConnectionFactory} for the same URL, so one administered object
 * serves both uses.
 */
public class SluiceXAConnectionFactory extends SluiceConnectionFactory
        implements XAConnectionFactory, XAQueueConnectionFactory, XATopicConnectionFactory {

    private static final long serialVersionUID = 1L;

    /** @param url the same URL as {@link SluiceConnectionFactory#SluiceConnectionFactory(String)} takes */
    public SluiceXAConnectionFactory(String url) {
        super(url);
    }

    @Override
    public XAConnection createXAConnection() throws JMSException {
        return createXAConnection(null, null);
    }

    @Override
    public XAConnection createXAConnection(String userName, String password) throws JMSException {
        return SluiceConnection.open(parsedUrl(), userName, password, false, SluiceXAConnection::new);
    }

    @Override
    public XAQueueConnection createXAQueueConnection() throws JMSException {
        return createXAQueueConnection(null, null);
    }

    @Override
    public XAQueueConnection createXAQueueConnection(String userName, String password) throws JMSException {
        return SluiceConnection.open(parsedUrl(), userName, password, true, SluiceXAConnection::new);
    }

    @Override
    public XATopicConnection createXATopicConnection() throws JMSException {
        return createXATopicConnection(null, null);
    }

    @Override
    public XATopicConnection createXATopicConnection(String userName, String password) throws JMSException {
        return SluiceConnection.open(parsedUrl(), userName, password, false, SluiceXAConnection::new);
    }

    @Override
    public XAJMSContext createXAContext() {
        return createXAContext(null, null);
    }

    @Override
    public XAJMSContext createXAContext(String userName, String password) {
        SluiceXAConnection connection;
        try {
            connection = SluiceConnection.open(parsedUrl(), userName, password, false, SluiceXAConnection::new);
        } catch (JMSException e) {
            throw JmsExceptions.toRuntime(e);
        }
        return new SluiceXAJMSContext(connection);
    }
}
