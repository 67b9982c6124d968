package io.sluice.client;

import io.sluice.broker.JmsErrors;
import io.sluice.client.transport.ConsumedInTransaction;
import io.sluice.client.transport.InboundDelivery;
import io.sluice.message.MessageCodec;
import io.sluice.message.SluiceMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * What a session has consumed but not yet acknowledged, and what each acknowledgement mode does
 * with it: AUTO acknowledges each message as it is consumed and waits for the acknowledgement to
 * be durable; DUPS_OK does not wait; CLIENT and SESSION_TRANSACTED keep every consumed message
 * until Message.acknowledge() or commit, and give them back on recover, rollback or close.
 */
final class Acknowledgements {

    private record Consumed(SluiceMessageConsumer consumer, long deliveryId) {
    }

    private final SluiceSession session;
    private final List<Consumed> unacknowledged = new ArrayList<>();
    /** Closed consumers whose broker side stays open until their consumed messages are settled. */
    private final Set<SluiceMessageConsumer> closing = new HashSet<>();

    Acknowledgements(SluiceSession session) {
        this.session = session;
    }

    /**
     * A message taken by receive(); null when it expired while buffered (it is then dropped).
     * {@code requirement} (JMSConsumer.receiveBody) may refuse the message: in AUTO and DUPS_OK
     * mode it then goes back to the front of the buffer, as if it had not been received.
     */
    synchronized Message received(SluiceMessageConsumer consumer, InboundDelivery delivery, BodyRequirement requirement)
            throws JMSException {
        SluiceMessage message = decode(consumer, delivery);
        if (expired(message)) {
            await(consumer.broker().ack(delivery.deliveryId()));
            return null;
        }
        if (requirement != null) {
            try {
                requirement.check(message);
            } catch (JMSException refused) {
                if (session.mode() == Session.AUTO_ACKNOWLEDGE || session.mode() == Session.DUPS_OK_ACKNOWLEDGE) {
                    consumer.pushBack(delivery);
                } else {
                    unacknowledged.add(new Consumed(consumer, delivery.deliveryId()));
                }
                throw refused;
            }
        }
        switch (session.mode()) {
            case Session.AUTO_ACKNOWLEDGE -> autoAcknowledge(consumer, delivery, message);
            case Session.DUPS_OK_ACKNOWLEDGE -> consumer.broker().ack(delivery.deliveryId());
            default -> unacknowledged.add(new Consumed(consumer, delivery.deliveryId()));
        }
        return message;
    }

    /**
     * A PERSISTENT message's acknowledgement is awaited, so that once receive returns a broker crash cannot
     * redeliver it; a NON_PERSISTENT message would not survive that crash anyway, so its acknowledgement is not.
     */
    private void autoAcknowledge(SluiceMessageConsumer consumer, InboundDelivery delivery, Message message) throws JMSException {
        CompletableFuture<Void> ack = consumer.broker().ack(delivery.deliveryId());
        if (message.getJMSDeliveryMode() == DeliveryMode.PERSISTENT) {
            await(ack);
        }
    }

    /** A message about to be handed to a listener; it stays unacknowledged until the listener returns. */
    synchronized Message beforeListener(SluiceMessageConsumer consumer, InboundDelivery delivery) throws JMSException {
        SluiceMessage message = decode(consumer, delivery);
        if (expired(message)) {
            await(consumer.broker().ack(delivery.deliveryId()));
            return null;
        }
        unacknowledged.add(new Consumed(consumer, delivery.deliveryId()));
        return message;
    }

    /**
     * AUTO and DUPS_OK acknowledge after onMessage returns. A listener that threw gets the message
     * again at once, marked redelivered (spec 8.7): the first time from the consumer's own buffer,
     * still held at the broker, so that no later message overtakes it; if it throws again the
     * message goes back to the broker, counted, towards the dead-letter queue. Unless recover
     * already gave it back.
     */
    synchronized void afterListener(SluiceMessageConsumer consumer, InboundDelivery delivery, boolean failed)
            throws JMSException {
        if (session.mode() == Session.CLIENT_ACKNOWLEDGE || session.mode() == Session.SESSION_TRANSACTED) {
            return;
        }
        if (!unacknowledged.remove(new Consumed(consumer, delivery.deliveryId()))) {
            return;
        }
        try {
            if (failed) {
                if (consumer.redeliverLocally(delivery)) {
                    return;
                }
                consumer.broker().release(delivery.deliveryId(), true);
                // the buffered messages go back behind it so that it comes first again
                consumer.returnBuffered();
            } else {
                consumer.settled(delivery);
                if (session.mode() == Session.AUTO_ACKNOWLEDGE) {
                    await(consumer.broker().ack(delivery.deliveryId()));
                } else {
                    consumer.broker().ack(delivery.deliveryId());
                }
            }
        } finally {
            closeSettled();
        }
    }

    synchronized void acknowledgeAll() throws JMSException {
        Map<SluiceMessageConsumer, List<Long>> byConsumer = new LinkedHashMap<>();
        for (Consumed consumed : unacknowledged) {
            byConsumer.computeIfAbsent(consumed.consumer(), c -> new ArrayList<>()).add(consumed.deliveryId());
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        byConsumer.forEach((consumer, ids) -> acks.add(consumer.broker().ackAll(ids)));
        unacknowledged.clear();
        closeSettled();
        for (CompletableFuture<Void> ack : acks) {
            await(ack);
        }
    }

    /**
     * Hands what the transaction consumed to {@code committer}, which commits it with the transaction; once that
     * succeeded it is settled. On failure it stays for the rollback that follows.
     */
    synchronized void commit(Committer committer) throws JMSException {
        Map<SluiceMessageConsumer, List<Long>> byConsumer = new LinkedHashMap<>();
        for (Consumed consumed : unacknowledged) {
            byConsumer.computeIfAbsent(consumed.consumer(), c -> new ArrayList<>()).add(consumed.deliveryId());
        }
        List<ConsumedInTransaction> consumed = new ArrayList<>();
        byConsumer.forEach((consumer, ids) -> consumed.add(new ConsumedInTransaction(consumer.broker(), ids)));
        committer.commit(consumed);
        unacknowledged.clear();
        closeSettled();
    }

    /** Commits a transaction with the deliveries it consumed. */
    @FunctionalInterface
    interface Committer {
        void commit(List<ConsumedInTransaction> consumed) throws JMSException;
    }

    /** Rollback and recover: everything consumed comes back, redelivered, followed by what was buffered. */
    synchronized void rollback() {
        for (Consumed consumed : unacknowledged) {
            consumed.consumer().broker().release(consumed.deliveryId(), true);
        }
        Set<SluiceMessageConsumer> consumers = new HashSet<>();
        unacknowledged.forEach(c -> consumers.add(c.consumer()));
        unacknowledged.clear();
        closeSettled();
        consumers.forEach(SluiceMessageConsumer::returnBuffered);
    }

    synchronized void recover() {
        rollback();
        session.scheduleListeners();
    }

    /**
     * Closing a session: unacknowledged messages are redelivered later (spec 6.2.15). They are
     * not released one by one, which would let the broker push them again to a consumer about
     * to close: closing the broker consumers gives them back, counted as delivered.
     */
    synchronized void sessionClosing() {
        unacknowledged.clear();
        closeSettled();
    }

    synchronized void consumerClosed(SluiceMessageConsumer consumer) {
        closing.add(consumer);
        closeSettled();
    }

    private void closeSettled() {
        closing.removeIf(consumer -> {
            boolean settled = unacknowledged.stream().noneMatch(c -> c.consumer() == consumer);
            if (settled) {
                consumer.broker().close();
            }
            return settled;
        });
    }

    /** A condition a received message must meet before it counts as received. */
    @FunctionalInterface
    interface BodyRequirement {
        void check(SluiceMessage message) throws JMSException;
    }

    private SluiceMessage decode(SluiceMessageConsumer consumer, InboundDelivery delivery) throws JMSException {
        SluiceMessage message;
        try {
            message = MessageCodec.decode(delivery.payload());
        } catch (RuntimeException e) {
            // counted as a delivery, so that an undecodable message ends in the dead-letter queue
            consumer.broker().release(delivery.deliveryId(), true);
            throw JmsErrors.wrap("cannot decode a delivered message", e);
        }
        message.setDeliveryCount(delivery.deliveryCount() + consumer.localRedeliveries(delivery));
        message.setAcknowledgeCallback(acknowledged -> session.acknowledgeAll());
        return message;
    }

    private static boolean expired(SluiceMessage message) {
        long expiration = message.getJMSExpiration();
        return expiration != 0 && expiration <= System.currentTimeMillis();
    }

    private static void await(CompletableFuture<?> future) throws JMSException {
        try {
            future.join();
        } catch (RuntimeException e) {
            throw JmsErrors.wrap("acknowledgement failed", e);
        }
    }
}
