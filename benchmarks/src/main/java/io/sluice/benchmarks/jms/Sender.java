package io.sluice.benchmarks.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * One producing connection: sends {@code count} messages, committing every {@code commitEvery} when transacted,
 * as fast as it can or, with a rate, one message every 1/rate seconds on a fixed schedule.
 */
final class Sender implements Callable<Void> {

    private final ConnectionFactory factory;
    private final Destination destination;
    private final int count;
    private final byte[] body;
    private final boolean persistent;
    private final int commitEvery;
    private final int perSecond;

    Sender(ConnectionFactory factory, Destination destination, int count, int bodyBytes, boolean persistent, int commitEvery) {
        this(factory, destination, count, bodyBytes, persistent, commitEvery, 0);
    }

    /** @param perSecond the fixed send rate, or 0 for as fast as possible */
    Sender(ConnectionFactory factory, Destination destination, int count, int bodyBytes, boolean persistent, int commitEvery,
           int perSecond) {
        this.factory = factory;
        this.destination = destination;
        this.count = count;
        this.body = new byte[bodyBytes];
        this.persistent = persistent;
        this.commitEvery = commitEvery;
        this.perSecond = perSecond;
    }

    @Override
    public Void call() throws Exception {
        try (Connection connection = factory.createConnection()) {
            boolean transacted = commitEvery > 0;
            Session session = connection.createSession(transacted, transacted ? Session.SESSION_TRANSACTED : Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(destination);
            producer.setDeliveryMode(persistent ? DeliveryMode.PERSISTENT : DeliveryMode.NON_PERSISTENT);
            long start = System.nanoTime();
            for (int i = 1; i <= count; i++) {
                if (perSecond > 0) {
                    awaitSlot(start + (i - 1) * 1_000_000_000L / perSecond);
                }
                BytesMessage message = session.createBytesMessage();
                message.writeBytes(body);
                message.setLongProperty(LatencyRecorder.SENT_AT, System.nanoTime());
                producer.send(message);
                if (transacted && (i % commitEvery == 0 || i == count)) {
                    session.commit();
                }
            }
        }
        return null;
    }

    private static void awaitSlot(long atNanos) {
        for (long wait = atNanos - System.nanoTime(); wait > 0; wait = atNanos - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
