package io.sluice.jndi;

import io.sluice.client.SluiceConnectionFactory;
import io.sluice.client.SluiceXAConnectionFactory;
import io.sluice.message.SluiceQueue;
import io.sluice.message.SluiceTopic;

import javax.naming.ConfigurationException;
import javax.naming.NamingException;
import java.util.Map;
import java.util.TreeMap;

/** Turns the environment's declarations into the objects an initial context binds. */
final class JndiBindings {

    static final String CONNECTION_FACTORY_PREFIX = "connectionFactory.";
    static final String XA_CONNECTION_FACTORY_PREFIX = "xaConnectionFactory.";
    static final String QUEUE_PREFIX = "queue.";
    static final String TOPIC_PREFIX = "topic.";

    private JndiBindings() {
    }

    static Map<String, Object> from(Map<Object, Object> environment) throws NamingException {
        Map<String, Object> bindings = new TreeMap<>();
        for (Map.Entry<Object, Object> entry : environment.entrySet()) {
            if (!(entry.getKey() instanceof String key) || !(entry.getValue() instanceof String value)) {
                continue;
            }
            Object bound = create(key, value.trim());
            if (bound != null) {
                String name = key.substring(key.indexOf('.') + 1);
                if (name.isEmpty()) {
                    throw new ConfigurationException("the JNDI property " + key + " names nothing to bind");
                }
                bindings.put(name, bound);
            }
        }
        return bindings;
    }

    private static Object create(String key, String value) throws NamingException {
        try {
            if (key.startsWith(CONNECTION_FACTORY_PREFIX)) {
                return new SluiceConnectionFactory(value);
            }
            if (key.startsWith(XA_CONNECTION_FACTORY_PREFIX)) {
                return new SluiceXAConnectionFactory(value);
            }
            if (key.startsWith(QUEUE_PREFIX)) {
                return new SluiceQueue(value);
            }
            if (key.startsWith(TOPIC_PREFIX)) {
                return new SluiceTopic(value);
            }
            return null;
        } catch (RuntimeException e) {
            ConfigurationException error = new ConfigurationException("the JNDI property " + key + "=" + value
                    + " is invalid: " + e.getMessage());
            error.setRootCause(e);
            throw error;
        }
    }
}
