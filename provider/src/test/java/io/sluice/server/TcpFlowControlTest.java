package io.sluice.server;

import io.sluice.broker.BrokerConfig;
import io.sluice.client.SluiceConnectionFactory;
import io.sluice.store.FlushPolicy;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.ResourceAllocationException;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.sluice.server.TcpBroker.RECEIVE_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/** Flow control seen by clients: a full broker blocks producers then refuses them; a slow consumer holds up only itself. */
class TcpFlowControlTest {

    @TempDir
    Path dataDir;

    @Test
    void aProducerOfAFullBrokerBlocksThenGetsResourceAllocationExceptionAndNothingAcceptedIsLost() throws Exception {
        BrokerConfig broker = new BrokerConfig("full", dataDir, FlushPolicy.SYNC, 2, 256 * 1024, 64 * 1024, null,
                true, Set.of());
        try (TcpBroker server = TcpBroker.start(ServerConfig.defaults(broker).withPort(0));
             Connection connection = server.factory("sendBlockTimeout=300").createConnection()) {
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("big"));
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(new byte[16 * 1024]);
            int sent = 0;
            ResourceAllocationException refused = null;
            while (refused == null && sent < 1_000) {
                try {
                    producer.send(message);
                    sent++;
                } catch (ResourceAllocationException e) {
                    refused = e;
                }
            }
            assertThat(refused).as("refused after " + sent + " sends").isNotNull();
            assertThat(refused).hasMessageContaining("sendBlockTimeout");
            assertThat(sent).isPositive();
            MessageConsumer consumer = session.createConsumer(session.createQueue("big"));
            connection.start();
            for (int i = 0; i < sent; i++) {
                assertThat(consumer.receive(RECEIVE_TIMEOUT)).as("message " + i).isNotNull();
            }
        }
    }

    /** The listener of one queue never returns; consumers of another queue, on the same connection or not, go on. */
    @ParameterizedTest
    @ValueSource(strings = {"tcp", "vm"})
    void aStuckConsumerDoesNotStallConsumersOfOtherDestinations(String transport) throws Exception {
        try (TcpBroker server = TcpBroker.start(dataDir)) {
            SluiceConnectionFactory factory = transport.equals("tcp") ? server.factory()
                    : new SluiceConnectionFactory("vm://stuck-consumer?dataDir=" + dataDir.resolve("vm"));
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger stuckReceived = new AtomicInteger();
            try (Connection shared = factory.createConnection(); Connection other = factory.createConnection()) {
                Session stuckSession = shared.createSession(Session.AUTO_ACKNOWLEDGE);
                stuckSession.createConsumer(stuckSession.createQueue("slow")).setMessageListener(message -> {
                    stuckReceived.incrementAndGet();
                    await(release);
                });
                Session sameConnection = shared.createSession(Session.AUTO_ACKNOWLEDGE);
                MessageConsumer fastOnShared = sameConnection.createConsumer(sameConnection.createQueue("fast"));
                Session otherSession = other.createSession(Session.AUTO_ACKNOWLEDGE);
                MessageConsumer fastOnOther = otherSession.createConsumer(otherSession.createQueue("fast2"));
                shared.start();
                other.start();

                Session producing = other.createSession(Session.AUTO_ACKNOWLEDGE);
                MessageProducer toSlow = producing.createProducer(producing.createQueue("slow"));
                for (int i = 0; i < 300; i++) {
                    toSlow.send(producing.createTextMessage("slow " + i));
                }
                MessageProducer toFast = producing.createProducer(producing.createQueue("fast"));
                MessageProducer toFast2 = producing.createProducer(producing.createQueue("fast2"));
                for (int i = 0; i < 100; i++) {
                    toFast.send(producing.createTextMessage("fast " + i));
                    toFast2.send(producing.createTextMessage("fast2 " + i));
                }
                for (int i = 0; i < 100; i++) {
                    assertThat(fastOnShared.receive(RECEIVE_TIMEOUT)).as("fast message " + i).isNotNull();
                    assertThat(fastOnOther.receive(RECEIVE_TIMEOUT)).as("fast2 message " + i).isNotNull();
                }
                assertThat(stuckReceived.get()).as("the stuck listener is still in its first message").isEqualTo(1);
                release.countDown();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
