package io.sluice.cdi;

import io.sluice.client.SluiceConnectionFactory;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSRuntimeException;

import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connection factories injected contexts are made from: {@code @JMSConnectionFactory} names one in
 * JNDI; without it the default factory is used. Each is resolved once, on first use.
 */
final class ConnectionFactories {

    /** Where a Jakarta EE platform binds its default factory; Sluice's JNDI may declare it too. */
    static final String DEFAULT_JNDI_NAME = "java:comp/DefaultJMSConnectionFactory";
    /** The connection URL of the default factory when JNDI does not declare one. */
    static final String DEFAULT_URL_PROPERTY = "sluice.cdi.defaultConnectionUrl";
    static final String DEFAULT_URL = "vm://default";

    private final Map<String, ConnectionFactory> byName = new ConcurrentHashMap<>();
    private volatile ConnectionFactory defaultFactory;

    ConnectionFactory get(String jndiName) {
        if (jndiName == null) {
            return defaultFactory();
        }
        return byName.computeIfAbsent(jndiName, ConnectionFactories::lookUp);
    }

    private ConnectionFactory defaultFactory() {
        ConnectionFactory factory = defaultFactory;
        if (factory == null) {
            factory = lookUpDefault();
            defaultFactory = factory;
        }
        return factory;
    }

    private static ConnectionFactory lookUpDefault() {
        try {
            return asConnectionFactory(DEFAULT_JNDI_NAME, Jndi.lookUp(DEFAULT_JNDI_NAME));
        } catch (NameNotFoundException notDeclared) {
            return new SluiceConnectionFactory(System.getProperty(DEFAULT_URL_PROPERTY, DEFAULT_URL));
        } catch (NamingException e) {
            throw failure("the default connection factory " + DEFAULT_JNDI_NAME + " could not be looked up", e);
        }
    }

    private static ConnectionFactory lookUp(String jndiName) {
        try {
            return asConnectionFactory(jndiName, Jndi.lookUp(jndiName));
        } catch (NamingException e) {
            throw failure("@JMSConnectionFactory(\"" + jndiName + "\") could not be looked up in JNDI", e);
        }
    }

    private static ConnectionFactory asConnectionFactory(String jndiName, Object bound) {
        if (bound instanceof ConnectionFactory factory) {
            return factory;
        }
        throw new JMSRuntimeException("the JNDI name " + jndiName + " is bound to " + bound.getClass().getName()
                + ", not to a jakarta.jms.ConnectionFactory");
    }

    private static JMSRuntimeException failure(String message, NamingException cause) {
        JMSRuntimeException error = new JMSRuntimeException(message + ": " + cause.getMessage());
        error.initCause(cause);
        return error;
    }
}
