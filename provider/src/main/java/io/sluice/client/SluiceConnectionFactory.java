package io.sluice.client;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueConnectionFactory;
import jakarta.jms.TopicConnection;
import jakarta.jms.TopicConnectionFactory;

import javax.naming.NamingException;
import javax.naming.Reference;
import javax.naming.Referenceable;
import javax.naming.StringRefAddr;
import java.io.Serializable;
import java.util.Objects;

/**
 * The JMS entry point: an administered object holding nothing but its URL, so it can be bound
 * in JNDI, serialized, and shared by any number of threads.
 */
public class SluiceConnectionFactory implements ConnectionFactory, QueueConnectionFactory, TopicConnectionFactory,
        Serializable, Referenceable {

    private static final long serialVersionUID = 1L;
    static final String URL_ADDRESS = "url";

    private final String url;
    private transient ConnectionUrl parsed;

    /** @throws IllegalArgumentException when the URL is malformed or carries an unknown option */
    public SluiceConnectionFactory(String url) {
        this.parsed = ConnectionUrl.parse(url);
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    ConnectionUrl parsedUrl() {
        if (parsed == null) {
            parsed = ConnectionUrl.parse(url);
        }
        return parsed;
    }

    @Override
    public Connection createConnection() throws JMSException {
        return createConnection(parsedUrl().option("user"), parsedUrl().option("password"));
    }

    @Override
    public Connection createConnection(String userName, String password) throws JMSException {
        return SluiceConnection.open(parsedUrl(), userName, password);
    }

    @Override
    public QueueConnection createQueueConnection() throws JMSException {
        return createQueueConnection(parsedUrl().option("user"), parsedUrl().option("password"));
    }

    @Override
    public QueueConnection createQueueConnection(String userName, String password) throws JMSException {
        return SluiceConnection.open(parsedUrl(), userName, password, true);
    }

    @Override
    public TopicConnection createTopicConnection() throws JMSException {
        return (TopicConnection) createConnection();
    }

    @Override
    public TopicConnection createTopicConnection(String userName, String password) throws JMSException {
        return (TopicConnection) createConnection(userName, password);
    }

    @Override
    public JMSContext createContext() {
        return createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }

    @Override
    public JMSContext createContext(int sessionMode) {
        return createContext(parsedUrl().option("user"), parsedUrl().option("password"), sessionMode);
    }

    @Override
    public JMSContext createContext(String userName, String password) {
        return createContext(userName, password, JMSContext.AUTO_ACKNOWLEDGE);
    }

    @Override
    public JMSContext createContext(String userName, String password, int sessionMode) {
        SluiceJMSContext.checkSessionMode(sessionMode);
        SluiceConnection connection;
        try {
            connection = SluiceConnection.open(parsedUrl(), userName, password);
        } catch (JMSException e) {
            throw JmsExceptions.toRuntime(e);
        }
        return SluiceJMSContext.create(connection, sessionMode);
    }

    @Override
    public Reference getReference() throws NamingException {
        // the class name tells SluiceObjectFactory whether to rebuild a plain or an XA factory
        Reference reference = new Reference(getClass().getName(),
                SluiceObjectFactory.class.getName(), null);
        reference.add(new StringRefAddr(URL_ADDRESS, url));
        return reference;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SluiceConnectionFactory other && other.getClass() == getClass() && other.url.equals(url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + url + "]";
    }
}
