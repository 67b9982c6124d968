package io.sluice.server;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The broker process from its configuration file, stopped with SIGTERM under load: nothing acknowledged is lost. */
class GracefulShutdownTest {

    private static final int PRODUCERS = 3;
    private static final int CONFIRMED_BEFORE_STOP = 150;

    @TempDir
    Path dir;

    @Test
    void sigtermUnderLoadClosesTheStoreCleanlyAndKeepsEverySendThatReturned() throws Exception {
        Path dataDir = dir.resolve("data");
        Path config = dir.resolve("sluice.properties");
        Files.writeString(config, "dataDir=" + dataDir + "\nsegmentBytes=65536\nname=graceful\n");
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        CountDownLatch enough = new CountDownLatch(CONFIRMED_BEFORE_STOP);
        List<Thread> producers = new ArrayList<>();
        try (BrokerProcess broker = BrokerProcess.run("--config", config.toString())) {
            for (int p = 0; p < PRODUCERS; p++) {
                Connection connection = broker.factory().createConnection();
                String name = "p" + p;
                Thread producer = new Thread(() -> sendUntilTheBrokerGoes(connection, name, confirmed, enough),
                        "producer-" + name);
                producer.start();
                producers.add(producer);
            }
            assertThat(enough.await(120, TimeUnit.SECONDS)).as("sends confirmed before the stop").isTrue();
            broker.stop();
        }
        for (Thread producer : producers) {
            producer.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(producer.isAlive()).as(producer.getName() + " saw the broker go").isFalse();
        }
        // written by the engine's close only: the shutdown hook closed the store rather than the process dying
        assertThat(dataDir.resolve("engine").resolve("clean-shutdown")).exists();

        Set<String> received = new HashSet<>();
        try (BrokerProcess broker = BrokerProcess.run("--config", config.toString());
             Connection connection = broker.factory().createConnection()) {
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("orders"));
            connection.start();
            for (Message message = consumer.receive(10_000); message != null; message = consumer.receive(2_000)) {
                received.add(message.getStringProperty("id"));
            }
            broker.stop();
        }
        assertThat(received).containsAll(confirmed);
    }

    private static void sendUntilTheBrokerGoes(Connection connection, String name, Set<String> confirmed,
                                               CountDownLatch enough) {
        try (connection) {
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("orders"));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int i = 0; ; i++) {
                Message message = session.createTextMessage("message " + i + " of " + name);
                message.setStringProperty("id", name + "-" + i);
                producer.send(message);
                confirmed.add(name + "-" + i);
                enough.countDown();
            }
        } catch (JMSException expected) {
            // the broker went away: what returned before is what must survive
        }
    }
}
