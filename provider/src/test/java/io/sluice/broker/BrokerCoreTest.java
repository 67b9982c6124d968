package io.sluice.broker;

import io.sluice.engine.Delivery;
import io.sluice.message.MessageCodec;
import io.sluice.message.SluiceQueue;
import io.sluice.message.SluiceTextMessage;
import io.sluice.message.SluiceTopic;
import jakarta.jms.InvalidClientIDException;
import jakarta.jms.InvalidDestinationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The broker core without a client: what a network transport would call. */
class BrokerCoreTest {

    @TempDir
    Path dataDir;
    Broker broker;

    @BeforeEach
    void start() throws Exception {
        BrokerConfig defaults = BrokerConfig.defaults("core");
        broker = Broker.start(new BrokerConfig("core", dataDir, defaults.flushPolicy(), 2, 0,
                defaults.segmentBytes(), null, false, java.util.Set.of()));
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    private static OutgoingMessage text(SluiceQueue queue, String text) throws Exception {
        SluiceTextMessage message = new SluiceTextMessage();
        message.setText(text);
        return new OutgoingMessage(queue, MessageCodec.encode(message), true, 4, 0, 0, null);
    }

    @Test
    void aMessageSentToAQueueIsDeliveredUnderCreditAndAcknowledged() throws Exception {
        BrokerClient client = broker.connect(null, null);
        ClientSession session = client.openSession();
        SluiceQueue queue = new SluiceQueue("core-queue");
        session.send(text(queue, "one")).join();
        session.send(text(queue, "two")).join();

        BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
        ClientConsumer consumer = session.consume(ConsumerRequest.plain(queue, null, false), deliveries::add);
        assertThat(deliveries.poll(300, TimeUnit.MILLISECONDS)).as("no credit, no delivery").isNull();
        consumer.grantCredit(1);
        Delivery first = deliveries.poll(10, TimeUnit.SECONDS);
        assertThat(((SluiceTextMessage) MessageCodec.decode(first.message().payload())).getText()).isEqualTo("one");
        assertThat(deliveries.poll(300, TimeUnit.MILLISECONDS)).as("credit used up").isNull();
        consumer.ack(first.deliveryId()).join();
        consumer.grantCredit(1);
        assertThat(deliveries.poll(10, TimeUnit.SECONDS)).isNotNull();
        client.close();
    }

    @Test
    void clientIdsAreUniqueAmongLiveConnections() throws Exception {
        BrokerClient first = broker.connect(null, null);
        first.setClientId("c");
        BrokerClient second = broker.connect(null, null);
        assertThatThrownBy(() -> second.setClientId("c")).isInstanceOf(InvalidClientIDException.class);
        first.close();
        second.setClientId("c");
        second.close();
    }

    @Test
    void aDurableSubscriptionIsNamedByClientIdAndName() throws Exception {
        BrokerClient client = broker.connect(null, null);
        client.setClientId("durable-owner");
        ClientSession session = client.openSession();
        SluiceTopic topic = new SluiceTopic("t");
        ConsumerRequest request = new ConsumerRequest(topic, null, false, "sub", true, false);
        ClientConsumer consumer = session.consume(request, delivery -> { });
        assertThat(broker.engine().group(EngineNames.topicOf(topic), EngineNames.durableGroup("durable-owner", "sub")))
                .isPresent();
        consumer.close();
        client.unsubscribe("sub");
        assertThat(broker.engine().group(EngineNames.topicOf(topic), EngineNames.durableGroup("durable-owner", "sub")))
                .isEmpty();
        assertThatThrownBy(() -> client.unsubscribe("sub")).isInstanceOf(InvalidDestinationException.class);
        client.close();
    }

    @Test
    void queuesAndTopicsOfTheSameNameAreDistinct() throws Exception {
        assertThat(EngineNames.topicOf(new SluiceQueue("x"))).isNotEqualTo(EngineNames.topicOf(new SluiceTopic("x")));
        assertThat(EngineNames.jmsName(EngineNames.topicOf(new SluiceTopic("a.b")))).isEqualTo("a.b");
    }
}
