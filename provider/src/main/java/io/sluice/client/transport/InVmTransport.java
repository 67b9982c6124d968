package io.sluice.client.transport;

import io.sluice.broker.BrokerConfig;
import io.sluice.checkback.CheckBackSettings;
import io.sluice.broker.EmbeddedBrokers;
import io.sluice.broker.ConsumerRequest;
import io.sluice.broker.OutgoingMessage;
import io.sluice.broker.BrokerClient;
import io.sluice.broker.ClientConsumer;
import io.sluice.broker.ClientSession;
import io.sluice.broker.ConsumedDeliveries;
import io.sluice.client.ConnectionUrl;
import io.sluice.message.SluiceDestination;
import io.sluice.store.FlushPolicy;
import jakarta.jms.JMSException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/** The in-VM transport: method calls on a broker running in this JVM ({@code vm://name}). */
final class InVmTransport implements Transport {

    /** Options of the network transport: on a vm:// URL they would be ignored, which would hide a mistake. */
    private static final List<String> NETWORK_OPTIONS = List.of("tls", "trustStore", "trustStorePassword",
            "keyStore", "keyStorePassword");

    @Override
    public BrokerConnection connect(ConnectionUrl url, String user, String password) throws JMSException {
        for (String option : NETWORK_OPTIONS) {
            if (url.option(option) != null) {
                throw new JMSException("connection URL option " + option + " is for tcp:// connections;"
                        + " a vm:// connection does not leave this JVM");
            }
        }
        BrokerConfig config;
        try {
            config = brokerConfig(url);
        } catch (IllegalArgumentException e) {
            throw new JMSException(e.getMessage());
        }
        return new Connection(EmbeddedBrokers.connect(config, user, password));
    }

    static BrokerConfig brokerConfig(ConnectionUrl url) {
        String name = url.authority();
        BrokerConfig defaults = BrokerConfig.defaults(name);
        String dataDir = url.option("dataDir");
        String securityConfig = url.option("securityConfig");
        return new BrokerConfig(name, dataDir == null ? defaults.dataDir() : Path.of(dataDir),
                flushPolicy(url.option("flushPolicy", defaults.flushPolicy().name())),
                url.intOption("queueCount", defaults.queueCount(), 1),
                url.longOption("maxDiskBytes", defaults.maxDiskBytes()),
                url.intOption("segmentBytes", defaults.segmentBytes(), 4096),
                securityConfig == null ? null : Path.of(securityConfig),
                url.booleanOption("keepAlive", defaults.keepAlive()),
                orderedQueues(url.option("orderedQueues", "")))
                .withCheckBack(checkBack(url, defaults.checkBack()));
    }

    private static CheckBackSettings checkBack(ConnectionUrl url, CheckBackSettings defaults) {
        return new CheckBackSettings(
                Duration.ofMillis(url.longOption("checkAfterMillis", defaults.checkAfter().toMillis())),
                Duration.ofMillis(url.longOption("checkIntervalMillis", defaults.checkInterval().toMillis())),
                url.intOption("maxChecks", defaults.maxChecks(), 0));
    }

    private static Set<String> orderedQueues(String list) {
        Set<String> names = new HashSet<>();
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        return names;
    }

    private static FlushPolicy flushPolicy(String value) {
        try {
            return FlushPolicy.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("connection URL option flushPolicy=" + value + " must be SYNC or ASYNC");
        }
    }

    private record Connection(BrokerClient client) implements BrokerConnection {

        @Override
        public void setClientId(String clientId) throws JMSException {
            client.setClientId(clientId);
        }

        @Override
        public BrokerSession createSession() throws JMSException {
            return new Session(client.openSession());
        }

        @Override
        public String createTemporaryName(boolean topic) throws JMSException {
            return client.createTemporaryName(topic);
        }

        @Override
        public void declareTemporary(SluiceDestination temporary) throws JMSException {
            client.declareTemporary(temporary);
        }

        @Override
        public void deleteTemporary(SluiceDestination temporary) throws JMSException {
            client.deleteTemporary(temporary);
        }

        @Override
        public void unsubscribe(String subscriptionName) throws JMSException {
            client.unsubscribe(subscriptionName);
        }

        @Override
        public XaBroker xa() {
            return new InVmXaBroker(client);
        }

        @Override
        public CheckBackBroker checkBacks() {
            return new InVmCheckBackBroker(client);
        }

        @Override
        public void onFailure(java.util.function.Consumer<JMSException> listener) {
            client.onFailure(listener);
        }

        @Override
        public void close() {
            client.close();
        }
    }

    private record Session(ClientSession session) implements BrokerSession {

        @Override
        public void checkSend(SluiceDestination destination) throws JMSException {
            session.checkSend(destination);
        }

        @Override
        public CompletableFuture<?> send(OutgoingMessage message) throws JMSException {
            return session.send(message);
        }

        @Override
        public CompletableFuture<?> sendInTransaction(String transactionId, OutgoingMessage message) throws JMSException {
            return session.sendInTransaction(transactionId, message);
        }

        @Override
        public CompletableFuture<Void> commit(String transactionId, List<ConsumedInTransaction> consumed)
                throws JMSException {
            return session.commit(transactionId, consumed.stream().map(c -> new ConsumedDeliveries(
                    ((Consumer) c.consumer()).consumer(), c.deliveryIds())).toList());
        }

        @Override
        public CompletableFuture<Void> rollback(String transactionId) throws JMSException {
            return session.rollback(transactionId);
        }

        @Override
        public BrokerConsumer createConsumer(ConsumerRequest request, DeliveryHandler handler) throws JMSException {
            return new Consumer(session.consume(request, delivery -> handler.onDelivery(InboundDelivery.of(delivery))));
        }

        @Override
        public List<byte[]> browse(SluiceDestination queue, String selector) throws JMSException {
            return session.browse(queue, selector).stream().map(delivery -> delivery.message().payload()).toList();
        }

        @Override
        public void close() {
            session.close();
        }
    }

    record Consumer(ClientConsumer consumer) implements BrokerConsumer {

        @Override
        public void grantCredit(int messages) {
            consumer.grantCredit(messages);
        }

        @Override
        public boolean hasBacklog() {
            return consumer.hasBacklog();
        }

        @Override
        public CompletableFuture<Void> ack(long deliveryId) {
            return consumer.ack(deliveryId);
        }

        @Override
        public CompletableFuture<Void> ackAll(Collection<Long> deliveryIds) {
            return consumer.ackAll(deliveryIds);
        }

        @Override
        public void release(long deliveryId, boolean countAsDelivery) {
            consumer.release(deliveryId, countAsDelivery);
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
