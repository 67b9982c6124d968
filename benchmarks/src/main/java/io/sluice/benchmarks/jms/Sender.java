package io.sluice.benchmarks.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import java.util.concurrent.Callable;

/** One producing connection: sends {@code count} messages, committing every {@code commitEvery} when transacted. */
final class Sender implements Callable<Void> {

    private final ConnectionFactory factory;
    private final Destination destination;
    private final int count;
    private final byte[] body;
    private final boolean persistent;
    private final int commitEvery;

    Sender(ConnectionFactory factory, Destination destination, int count, int bodyBytes, boolean persistent, int commitEvery) {
        this.factory = factory;
        this.destination = destination;
        this.count = count;
        this.body = new byte[bodyBytes];
        this.persistent = persistent;
        this.commitEvery = commitEvery;
    }

    @Override
    public Void call() throws Exception {
        try (Connection connection = factory.createConnection()) {
            boolean transacted = commitEvery > 0;
            Session session = connection.createSession(transacted, transacted ? Session.SESSION_TRANSACTED : Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(destination);
            producer.setDeliveryMode(persistent ? DeliveryMode.PERSISTENT : DeliveryMode.NON_PERSISTENT);
            for (int i = 1; i <= count; i++) {
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
}
