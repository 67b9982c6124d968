package io.sluice.tck;

import io.sluice.broker.BrokerConfig;
import io.sluice.server.ServerConfig;
import io.sluice.server.SluiceServer;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;

import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.UUID;

/**
 * The only provider-specific part of the suite: how to reach a provider through JNDI.
 * <p>
 * The system property {@code sluice.tck.url} is a URL template in which {@code {dataDir}} stands for
 * a fresh directory under {@code target/}; the default runs an embedded broker in this JVM. Another
 * transport (e.g. {@code tcp://host:port}) runs the same suite by setting that property.
 * {@code sluice.tck.transport=tcp} instead starts a Sluice server on 127.0.0.1 in this JVM and runs the
 * suite over the network against it.
 */
public final class ProviderFixture {

    public static final String URL_TEMPLATE_PROPERTY = "sluice.tck.url";
    public static final String TRANSPORT_PROPERTY = "sluice.tck.transport";
    public static final String CONNECTION_FACTORY = "ConnectionFactory";
    public static final String CLIENT_ID_CONNECTION_FACTORY = "ClientIdConnectionFactory";
    /** The client ID set administratively on {@link #CLIENT_ID_CONNECTION_FACTORY}. */
    public static final String ADMINISTERED_CLIENT_ID = "tck-administered";
    public static final String DECLARED_QUEUE = "DeclaredQueue";
    public static final String DECLARED_TOPIC = "DeclaredTopic";

    // keepAlive: one broker serves the whole run instead of restarting whenever a test's last connection closes
    private static final String DEFAULT_URL_TEMPLATE = "vm://sluice-tck?dataDir={dataDir}&keepAlive=true";

    private static final ProviderFixture INSTANCE = new ProviderFixture();

    private final Context context;

    private ProviderFixture() {
        Path dataDir = Path.of("target", "tck-data", UUID.randomUUID().toString()).toAbsolutePath();
        String url = "tcp".equals(System.getProperty(TRANSPORT_PROPERTY)) ? startServer(dataDir)
                : System.getProperty(URL_TEMPLATE_PROPERTY, DEFAULT_URL_TEMPLATE).replace("{dataDir}", dataDir.toString());
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "io.sluice.jndi.SluiceInitialContextFactory");
        environment.put("connectionFactory." + CONNECTION_FACTORY, url);
        environment.put("connectionFactory." + CLIENT_ID_CONNECTION_FACTORY,
                url + (url.contains("?") ? "&" : "?") + "clientID=" + ADMINISTERED_CLIENT_ID);
        environment.put("queue." + DECLARED_QUEUE, "tck.declared.queue");
        environment.put("topic." + DECLARED_TOPIC, "tck.declared.topic");
        try {
            context = new InitialContext(environment);
        } catch (NamingException e) {
            throw new IllegalStateException("cannot create the JNDI context for " + url, e);
        }
    }

    /** A server for the whole run; the JVM's exit ends it. */
    private static String startServer(Path dataDir) {
        BrokerConfig defaults = BrokerConfig.defaults("sluice-tck-tcp");
        BrokerConfig broker = new BrokerConfig(defaults.name(), dataDir, defaults.flushPolicy(), defaults.queueCount(),
                0, defaults.segmentBytes(), null, true, defaults.orderedQueues());
        try {
            SluiceServer server = SluiceServer.start(ServerConfig.defaults(broker).withPort(0));
            return "tcp://127.0.0.1:" + server.port();
        } catch (JMSException e) {
            throw new IllegalStateException("cannot start the Sluice server for the suite", e);
        }
    }

    public static ProviderFixture get() {
        return INSTANCE;
    }

    public Context jndi() {
        return context;
    }

    public ConnectionFactory connectionFactory() {
        return lookup(CONNECTION_FACTORY);
    }

    public ConnectionFactory clientIdConnectionFactory() {
        return lookup(CLIENT_ID_CONNECTION_FACTORY);
    }

    @SuppressWarnings("unchecked")
    public <T> T lookup(String name) {
        try {
            return (T) context.lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("JNDI lookup of " + name + " failed", e);
        }
    }
}
