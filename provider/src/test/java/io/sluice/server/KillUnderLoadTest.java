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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The durability test of the broker process: a standalone broker under load from several producers and
 * consumers over tcp:// is killed with SIGKILL, restarted, again and again, with small segments so that
 * the log rolls; then every message whose PERSISTENT send returned must be delivered, and a message may
 * come twice only if its acknowledgement had not returned, flagged JMSRedelivered. No timing is asserted:
 * each kill waits for an amount of work, whatever time that takes.
 */
class KillUnderLoadTest {

    private static final int CYCLES = 5;
    private static final int PRODUCERS = 3;
    private static final int CONSUMERS = 3;
    private static final String[] QUEUES = {"load-a", "load-b"};
    private static final int SENDS_PER_CYCLE = 150;
    private static final int ACKS_PER_CYCLE = 40;
    private static final String PAYLOAD = "x".repeat(300);

    @TempDir
    Path dataDir;

    private final DeliveryLedger ledger = new DeliveryLedger();
    private final AtomicInteger producerSerial = new AtomicInteger();

    private BrokerProcess startBroker() throws Exception {
        return BrokerProcess.run("--dataDir", dataDir.toString(), "--name", "kill-under-load",
                "--segmentBytes", "32768");
    }

    @Test
    void everyReturnedSendSurvivesRepeatedKillsAndOnlyUnackedMessagesComeBackRedelivered() throws Exception {
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            try (BrokerProcess broker = startBroker()) {
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicInteger sends = new AtomicInteger();
                AtomicInteger acks = new AtomicInteger();
                List<Thread> clients = new ArrayList<>();
                for (int p = 0; p < PRODUCERS; p++) {
                    clients.add(start(broker, "producer", connection -> produce(connection, running, sends)));
                }
                for (int c = 0; c < CONSUMERS; c++) {
                    String queue = QUEUES[c % QUEUES.length];
                    clients.add(start(broker, "consumer", connection -> consume(connection, queue, running, acks)));
                }
                awaitWork(sends, SENDS_PER_CYCLE, acks, ACKS_PER_CYCLE);
                // somewhere in the middle of the traffic, not right at the threshold
                Thread.sleep(ThreadLocalRandom.current().nextInt(200));
                broker.kill();
                running.set(false);
                joinAll(clients);
            }
        }
        try (BrokerProcess broker = startBroker()) {
            drain(broker);
            broker.stop();
        }
        System.out.println("kill-under-load: " + CYCLES + " kills, " + ledger.confirmedCount()
                + " sends returned, " + ledger.duplicates() + " duplicate deliveries (all unacknowledged, redelivered)");
        assertThat(ledger.confirmedCount()).isGreaterThanOrEqualTo(CYCLES * SENDS_PER_CYCLE);
        assertThat(ledger.violations()).isEmpty();
    }

    private interface ClientLoop {
        void run(Connection connection) throws JMSException;
    }

    /** A client thread on its own connection; it ends when the broker goes (a JMSException) or it is told to stop. */
    private static Thread start(BrokerProcess broker, String role, ClientLoop loop) throws JMSException {
        Connection connection = broker.factory().createConnection();
        Thread thread = new Thread(() -> {
            try (connection) {
                loop.run(connection);
            } catch (JMSException expected) {
                // the broker was killed under this client
            }
        }, role);
        thread.start();
        return thread;
    }

    private void produce(Connection connection, AtomicBoolean running, AtomicInteger sends) throws JMSException {
        String name = "p" + producerSerial.incrementAndGet();
        Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        List<MessageProducer> producers = new ArrayList<>();
        for (String queue : QUEUES) {
            MessageProducer producer = session.createProducer(session.createQueue(queue));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            producers.add(producer);
        }
        for (int i = 0; running.get(); i++) {
            String id = name + "-" + i;
            Message message = session.createTextMessage(PAYLOAD);
            message.setStringProperty("id", id);
            ledger.attempting(id);
            producers.get(i % producers.size()).send(message);
            ledger.sendReturned(id);
            sends.incrementAndGet();
        }
    }

    private void consume(Connection connection, String queue, AtomicBoolean running, AtomicInteger acks)
            throws JMSException {
        Session session = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
        connection.start();
        while (running.get()) {
            Message message = consumer.receive(200);
            if (message != null) {
                DeliveryLedger.Receipt receipt = ledger.received(message.getStringProperty("id"),
                        message.getJMSRedelivered());
                message.acknowledge();
                receipt.ackReturned = true;
                acks.incrementAndGet();
            }
        }
    }

    /** After the last restart: one consumer per queue takes everything left, until the broker has nothing more. */
    private void drain(BrokerProcess broker) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger acks = new AtomicInteger();
        List<Thread> consumers = new ArrayList<>();
        for (String queue : QUEUES) {
            consumers.add(start(broker, "drainer", connection -> consume(connection, queue, running, acks)));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (ledger.missing() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        // a little longer, so that redelivered copies still in the log are seen too
        int seen;
        do {
            seen = acks.get();
            Thread.sleep(1_500);
        } while (acks.get() != seen);
        running.set(false);
        joinAll(consumers);
    }

    private static void awaitWork(AtomicInteger sends, int sendTarget, AtomicInteger acks, int ackTarget)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while ((sends.get() < sendTarget || acks.get() < ackTarget) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(sends.get()).as("sends before the kill").isGreaterThanOrEqualTo(sendTarget);
        assertThat(acks.get()).as("acknowledgements before the kill").isGreaterThanOrEqualTo(ackTarget);
    }

    private static void joinAll(List<Thread> threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(thread.isAlive()).as(thread.getName() + " ended").isFalse();
        }
    }
}
