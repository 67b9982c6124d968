package io.sluice.benchmarks.jms;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * One consuming connection: receives until the cell's expected deliveries are all in, recording each
 * message's latency; commits every {@code commitEvery} messages when transacted.
 */
final class Receiver implements Callable<Void> {

    interface ConsumerFactory {
        MessageConsumer create(Session session) throws Exception;
    }

    private final ConnectionFactory factory;
    private final ConsumerFactory consumerFactory;
    private final int commitEvery;
    private final CountDownLatch ready;
    private final CountDownLatch remaining;
    private final LatencyRecorder latency;
    private final long deadlineNanos;

    Receiver(ConnectionFactory factory, ConsumerFactory consumerFactory, int commitEvery, CountDownLatch ready,
             CountDownLatch remaining, LatencyRecorder latency, long deadlineNanos) {
        this.factory = factory;
        this.consumerFactory = consumerFactory;
        this.commitEvery = commitEvery;
        this.ready = ready;
        this.remaining = remaining;
        this.latency = latency;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public Void call() throws Exception {
        try (Connection connection = factory.createConnection()) {
            boolean transacted = commitEvery > 0;
            Session session = connection.createSession(transacted, transacted ? Session.SESSION_TRANSACTED : Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = consumerFactory.create(session);
            connection.start();
            ready.countDown();
            int uncommitted = 0;
            while (remaining.getCount() > 0 && System.nanoTime() < deadlineNanos) {
                Message message = consumer.receive(100);
                if (message == null) {
                    continue;
                }
                latency.recordSince(message.getLongProperty(LatencyRecorder.SENT_AT));
                if (transacted && ++uncommitted == commitEvery) {
                    session.commit();
                    uncommitted = 0;
                }
                remaining.countDown();
            }
            if (transacted && uncommitted > 0) {
                session.commit();
            }
        }
        return null;
    }
}
