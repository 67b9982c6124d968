package io.sluice.benchmarks.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Persistent traffic spread over many queues: {@link #CLIENTS} producers each cycle over every queue, and one
 * listener per queue, spread over {@link #CLIENTS} consuming sessions, takes what arrives. The rate counts messages
 * sent per second; comparing it across destination counts shows whether the cost per message stays flat.
 */
final class ManyDestinations {

    static final int CLIENTS = 4;

    private ManyDestinations() {
    }

    static CellResult run(ConnectionFactory factory, Workload workload, String prefix, int destinations) throws Exception {
        int perSender = workload.messages() / CLIENTS;
        CountDownLatch remaining = new CountDownLatch(perSender * CLIENTS);
        LatencyRecorder latency = new LatencyRecorder();
        long deadline = System.nanoTime() + workload.timeout().toNanos();
        List<Connection> consuming = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Session> sessions = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Connection connection = factory.createConnection();
                consuming.add(connection);
                sessions.add(connection.createSession(false, Session.AUTO_ACKNOWLEDGE));
            }
            List<Queue> queues = new ArrayList<>();
            for (int q = 0; q < destinations; q++) {
                Session session = sessions.get(q % CLIENTS);
                Queue queue = session.createQueue(prefix + "." + q);
                queues.add(queue);
                session.createConsumer(queue).setMessageListener(message -> {
                    try {
                        latency.recordSince(message.getLongProperty(LatencyRecorder.SENT_AT));
                    } catch (JMSException e) {
                        throw new IllegalStateException(e);
                    }
                    remaining.countDown();
                });
            }
            for (Connection connection : consuming) {
                connection.start();
            }
            long start = System.nanoTime();
            List<Future<Void>> running = new ArrayList<>();
            for (int s = 0; s < CLIENTS; s++) {
                int firstQueue = s;
                running.add(senders.submit(() -> cycle(factory, queues, firstQueue, perSender, workload.bodyBytes())));
            }
            for (Future<Void> sender : running) {
                sender.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            if (!remaining.await(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new TimeoutException(remaining.getCount() + " deliveries missing after " + workload.timeout());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new CellResult(perSender * CLIENTS / seconds, latency.histogram());
        } finally {
            senders.shutdownNow();
            for (Connection connection : consuming) {
                connection.close();
            }
        }
    }

    private static Void cycle(ConnectionFactory factory, List<Queue> queues, int firstQueue, int count, int bodyBytes)
            throws JMSException {
        byte[] body = new byte[bodyBytes];
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(null);
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int i = 0; i < count; i++) {
                BytesMessage message = session.createBytesMessage();
                message.writeBytes(body);
                message.setLongProperty(LatencyRecorder.SENT_AT, System.nanoTime());
                producer.send(queues.get((firstQueue + i) % queues.size()), message);
            }
        }
        return null;
    }
}
