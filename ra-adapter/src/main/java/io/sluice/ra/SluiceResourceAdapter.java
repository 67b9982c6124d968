package io.sluice.ra;

import io.sluice.broker.EmbeddedBrokers;
import io.sluice.client.SluiceConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.XAConnection;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import javax.transaction.xa.XAResource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

/**
 * The adapter as deployed in a server. With a vm:// URL it runs the broker inside the server:
 * started by {@link #start}, kept alive while the server runs whatever the number of connections,
 * stopped by {@link #stop}. With tcp:// it connects to a broker running elsewhere.
 */
public class SluiceResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(SluiceResourceAdapter.class.getName());
    static final String DEFAULT_URL = "vm://sluice";

    private String connectionURL = DEFAULT_URL;
    private String dataDirectory;
    private String userName;
    private String password;

    private transient volatile BootstrapContext bootstrapContext;
    private transient volatile String effectiveUrl;
    private transient volatile String embeddedBroker;
    private final transient Map<ActivationKey, InboundActivation> activations = new ConcurrentHashMap<>();
    private final transient List<XAConnection> recoveryConnections = new CopyOnWriteArrayList<>();

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        this.bootstrapContext = context;
        try {
            String url = connectionURL == null || connectionURL.isBlank() ? DEFAULT_URL : connectionURL.trim();
            embeddedBroker = BrokerUrl.embeddedBrokerName(url);
            if (embeddedBroker != null) {
                url = BrokerUrl.withOption(BrokerUrl.withOption(url, "dataDir", blankToNull(dataDirectory)),
                        "keepAlive", "true");
            }
            effectiveUrl = url;
        } catch (IllegalArgumentException e) {
            throw new ResourceAdapterInternalException("Sluice resource adapter: ConnectionURL: " + e.getMessage(), e);
        }
        if (embeddedBroker != null) {
            startEmbeddedBroker();
        }
    }

    /** The first connection starts the broker; keepAlive keeps it after this connection closes. */
    private void startEmbeddedBroker() throws ResourceAdapterInternalException {
        try (Connection ignored = new SluiceConnectionFactory(effectiveUrl).createConnection(userName, password)) {
            LOG.info("Sluice embedded broker '" + embeddedBroker + "' started (" + effectiveUrl + ")");
        } catch (JMSException | RuntimeException e) {
            throw new ResourceAdapterInternalException("Sluice resource adapter could not start the embedded broker "
                    + effectiveUrl + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        for (InboundActivation activation : activations.values()) {
            activation.stop();
        }
        activations.clear();
        for (XAConnection connection : recoveryConnections) {
            try {
                connection.close();
            } catch (JMSException e) {
                LOG.warning("closing a Sluice recovery connection failed: " + e.getMessage());
            }
        }
        recoveryConnections.clear();
        if (embeddedBroker != null) {
            EmbeddedBrokers.shutdown(embeddedBroker);
            LOG.info("Sluice embedded broker '" + embeddedBroker + "' stopped");
        }
    }

    @Override
    public void endpointActivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof SluiceActivationSpec sluiceSpec)) {
            throw new NotSupportedException("Sluice activates only a " + SluiceActivationSpec.class.getName()
                    + ", not " + (spec == null ? "null" : spec.getClass().getName()));
        }
        sluiceSpec.validate();
        InboundActivation activation = new InboundActivation(this, endpointFactory, sluiceSpec);
        activation.start();
        activations.put(new ActivationKey(endpointFactory, spec), activation);
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) {
        InboundActivation activation = activations.remove(new ActivationKey(endpointFactory, spec));
        if (activation != null) {
            activation.stop();
        }
    }

    /**
     * The XAResources through which the container's recovery finds and finishes in-doubt
     * transactions of these endpoints' sessions.
     */
    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) throws ResourceException {
        return XaRecovery.resources(specs, recoveryConnections);
    }

    /** The URL connections use when their factory or activation names none. */
    String effectiveUrl() {
        String url = effectiveUrl;
        if (url == null) {
            throw new IllegalStateException("the Sluice resource adapter is not started");
        }
        return url;
    }

    TransactionState transactionState() {
        BootstrapContext context = bootstrapContext;
        return context == null ? TransactionState.none()
                : new TransactionState(context.getTransactionSynchronizationRegistry());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getConnectionURL() {
        return connectionURL;
    }

    public void setConnectionURL(String connectionURL) {
        this.connectionURL = connectionURL;
    }

    public String getDataDirectory() {
        return dataDirectory;
    }

    public void setDataDirectory(String dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    // A resource adapter is a JavaBean compared by its configuration (Connectors 5.3.1).
    @Override
    public boolean equals(Object o) {
        return o instanceof SluiceResourceAdapter other && Objects.equals(connectionURL, other.connectionURL)
                && Objects.equals(dataDirectory, other.dataDirectory) && Objects.equals(userName, other.userName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectionURL, dataDirectory, userName);
    }

    /** Activations are identified by their factory and spec objects themselves, not by value. */
    private record ActivationKey(MessageEndpointFactory factory, ActivationSpec spec) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ActivationKey other && other.factory == factory && other.spec == spec;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(factory) * 31 + System.identityHashCode(spec);
        }
    }
}
