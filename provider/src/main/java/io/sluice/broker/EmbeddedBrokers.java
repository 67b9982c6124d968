package io.sluice.broker;

import jakarta.jms.JMSException;

import java.util.HashMap;
import java.util.Map;

/**
 * The brokers running inside this JVM, by name. The first connection to a name starts its
 * broker; the broker closes with its last connection unless it was started with keepAlive.
 */
public final class EmbeddedBrokers {

    private static final class Running {
        final Broker broker;
        int connections;

        Running(Broker broker) {
            this.broker = broker;
        }
    }

    private static final Map<String, Running> RUNNING = new HashMap<>();
    private static boolean shutdownHookInstalled;

    private EmbeddedBrokers() {
    }

    /** Brokers still running when the JVM exits (keepAlive, unclosed connections) close their store cleanly. */
    private static void installShutdownHook() {
        if (!shutdownHookInstalled) {
            shutdownHookInstalled = true;
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedBrokers::shutdownAll, "sluice-embedded-shutdown"));
        }
    }

    private static synchronized void shutdownAll() {
        for (Running running : RUNNING.values()) {
            running.broker.close();
        }
        RUNNING.clear();
    }

    /** Connects to the broker named in {@code config}, starting it with that configuration if it is not running. */
    public static synchronized BrokerClient connect(BrokerConfig config, String user, String password)
            throws JMSException {
        Running running = RUNNING.get(config.name());
        if (running == null) {
            installShutdownHook();
            running = new Running(Broker.start(config));
            RUNNING.put(config.name(), running);
        }
        BrokerClient client;
        try {
            client = running.broker.connect(user, password);
        } catch (JMSException | RuntimeException e) {
            closeIfIdle(config.name(), running);
            throw e;
        }
        running.connections++;
        Running owner = running;
        client.onClose(() -> released(config.name(), owner));
        return client;
    }

    public static synchronized boolean isRunning(String name) {
        return RUNNING.containsKey(name);
    }

    /** Stops a broker started with keepAlive (or any broker), closing its store. */
    public static synchronized void shutdown(String name) {
        Running running = RUNNING.remove(name);
        if (running != null) {
            running.broker.close();
        }
    }

    private static synchronized void released(String name, Running running) {
        running.connections--;
        closeIfIdle(name, running);
    }

    private static void closeIfIdle(String name, Running running) {
        if (running.connections == 0 && !running.broker.config().keepAlive() && RUNNING.get(name) == running) {
            RUNNING.remove(name);
            running.broker.close();
        }
    }
}
