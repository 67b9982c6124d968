package io.sluice.broker;

import io.sluice.checkback.CheckBacks;
import io.sluice.engine.Engine;
import io.sluice.engine.EngineConfig;
import io.sluice.engine.RedeliveryPolicy;
import io.sluice.security.Principal;
import io.sluice.security.SecurityConfig;
import io.sluice.store.StoreConfig;
import io.sluice.transaction.XaTransactions;
import jakarta.jms.JMSException;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JMS-aware broker core on one engine: destinations, subscriptions, client IDs, temporary
 * destinations and security. Transport-independent: the in-VM transport calls it directly and a
 * network server would call the same methods.
 */
public final class Broker implements AutoCloseable {

    private final BrokerConfig config;
    private final Engine engine;
    private final SecurityConfig security;
    private final Destinations destinations;
    private final Subscriptions subscriptions;
    private final TemporaryDestinations temporaryDestinations = new TemporaryDestinations();
    private final ClientIdRegistry clientIds = new ClientIdRegistry();
    private final AtomicLong serials = new AtomicLong();
    private final Set<BrokerClient> clients = ConcurrentHashMap.newKeySet();
    private final XaTransactions xa;
    private final CheckBacks checkBacks;

    private Broker(BrokerConfig config, Engine engine, SecurityConfig security) {
        this.config = config;
        this.engine = engine;
        this.security = security;
        this.destinations = new Destinations(engine, config.queueCount(), config.orderedQueues(), security.authorizer());
        this.subscriptions = new Subscriptions(engine);
        this.xa = new XaTransactions(engine.transactions());
        this.checkBacks = new CheckBacks(engine.transactions(), config.checkBack());
        destinations.declareDeadLetterQueue();
    }

    public static Broker start(BrokerConfig config) throws JMSException {
        SecurityConfig security;
        try {
            security = config.securityConfig() == null ? SecurityConfig.openAccess()
                    : SecurityConfig.load(config.securityConfig());
        } catch (IOException | RuntimeException e) {
            throw JmsErrors.wrap("cannot load security configuration " + config.securityConfig(), e);
        }
        Engine engine;
        try {
            engine = Engine.open(engineConfig(config));
        } catch (IOException | RuntimeException e) {
            throw JmsErrors.wrap("cannot start broker '" + config.name() + "' in " + config.dataDir(), e);
        }
        return new Broker(config, engine, security);
    }

    private static EngineConfig engineConfig(BrokerConfig config) {
        EngineConfig defaults = EngineConfig.defaults(config.dataDir());
        StoreConfig store = defaults.store().withFlushPolicy(config.flushPolicy())
                .withSegmentBytes(config.segmentBytes()).withMaxDiskBytes(config.maxDiskBytes());
        RedeliveryPolicy redelivery = defaults.redelivery();
        RedeliveryPolicy jmsRedelivery = new RedeliveryPolicy(redelivery.maxDeliveries(), redelivery.initialDelay(),
                redelivery.backoffMultiplier(), redelivery.maxDelay(), EngineNames.DEAD_LETTER_TOPIC);
        return new EngineConfig(store, config.queueCount(), jmsRedelivery, defaults.maxInFlightBytes(),
                defaults.checkpointInterval());
    }

    public BrokerConfig config() {
        return config;
    }

    /** Authenticates and opens the broker side of one JMS connection. */
    public BrokerClient connect(String user, String password) throws JMSException {
        Principal principal = security.authenticator().authenticate(user, password);
        BrokerClient client = new BrokerClient(this, principal, nextSerial());
        clients.add(client);
        client.onClose(() -> clients.remove(client));
        return client;
    }

    long nextSerial() {
        return serials.incrementAndGet();
    }

    Engine engine() {
        return engine;
    }

    /** The XA branches of this broker; any connection may end any branch (recovery runs on a new connection). */
    XaTransactions xa() {
        return xa;
    }

    /** The transactions of transactional producers, checked back while undecided. */
    CheckBacks checkBacks() {
        return checkBacks;
    }

    /**
     * Names this broker as an XA resource manager: the same for every connection to it, in-VM or over TCP, and
     * different for another broker (another data directory), so that isSameRM tells them apart.
     */
    String resourceManagerId() {
        return config.name() + "@" + config.dataDir().toAbsolutePath().normalize();
    }

    SecurityConfig security() {
        return security;
    }

    Destinations destinations() {
        return destinations;
    }

    Subscriptions subscriptions() {
        return subscriptions;
    }

    TemporaryDestinations temporaryDestinations() {
        return temporaryDestinations;
    }

    ClientIdRegistry clientIds() {
        return clientIds;
    }

    /** Stops the engine; connections still open learn it through their failure listeners. */
    @Override
    public void close() {
        xa.close();
        checkBacks.close();
        engine.close();
        JMSException closed = new JMSException("broker '" + config.name() + "' was shut down");
        for (BrokerClient client : clients) {
            client.brokerFailed(closed);
        }
    }
}
