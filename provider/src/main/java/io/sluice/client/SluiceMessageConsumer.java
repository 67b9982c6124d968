package io.sluice.client;

import io.sluice.client.transport.BrokerConsumer;
import io.sluice.client.transport.InboundDelivery;
import io.sluice.message.SluiceDestination;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.QueueReceiver;
import jakarta.jms.Topic;
import jakarta.jms.TopicSubscriber;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A consumer and its buffer. Two credit regimes, so that an idle consumer never hoards messages
 * another consumer could take:
 * <ul>
 *   <li>with a MessageListener (push): the broker pushes up to {@code prefetch} deliveries ahead
 *       of the listener; each message taken grants one more;</li>
 *   <li>without (pull): a waiting receive asks for one message; a delivery that arrives when
 *       nobody waits any more goes straight back to the broker.</li>
 * </ul>
 */
public class SluiceMessageConsumer implements QueueReceiver, TopicSubscriber {

    /**
     * How long receiveNoWait waits for a push already under way when the broker holds messages:
     * deliveries arrive asynchronously, and without it a message sent just before would be missed.
     */
    private static final long NO_WAIT_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final SluiceSession session;
    private final SluiceDestination destination;
    private final String selector;
    private final boolean noLocal;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<InboundDelivery> buffer = new ArrayDeque<>();
    /** Messages a failing listener got again from this consumer's buffer (see Acknowledgements). */
    private final Set<Position> redeliveredLocally = ConcurrentHashMap.newKeySet();
    private volatile BrokerConsumer broker;
    private volatile MessageListener listener;
    private volatile boolean closed;
    private int prefetch;
    /** Deliveries the broker may still push (guarded by lock). */
    private int credit;
    /** Threads inside receive (guarded by lock): in pull mode, deliveries are kept only for them. */
    private int receivers;

    SluiceMessageConsumer(SluiceSession session, SluiceDestination destination, String selector, boolean noLocal) {
        this.session = session;
        this.destination = destination;
        this.selector = selector == null || selector.isBlank() ? null : selector;
        this.noLocal = noLocal;
    }

    /** Called once the broker side exists; deliveries start flowing when credit is granted. */
    void attach(BrokerConsumer brokerConsumer, int prefetch) {
        this.broker = brokerConsumer;
        this.prefetch = prefetch;
    }

    /** Grants what brings the outstanding credit up to {@code target}. */
    private void topUpCredit(int target) {
        int grant;
        lock.lock();
        try {
            grant = closed ? 0 : Math.max(0, target - credit);
            credit += grant;
        } finally {
            lock.unlock();
        }
        if (grant > 0) {
            broker.grantCredit(grant);
        }
    }

    BrokerConsumer broker() {
        return broker;
    }

    /** The broker's push; runs on a broker thread and must not block. */
    void onDelivery(InboundDelivery delivery) {
        boolean kept;
        lock.lock();
        try {
            credit = Math.max(0, credit - 1);
            kept = !closed && (listener != null || receivers > 0);
            if (kept) {
                buffer.add(delivery);
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
        if (!kept) {
            broker.release(delivery.deliveryId(), false);
        } else if (listener != null) {
            session.scheduleListeners();
        }
    }

    /** Puts a delivery the application refused back at the head of the buffer (JMSConsumer.receiveBody). */
    void pushBack(InboundDelivery delivery) {
        lock.lock();
        try {
            buffer.addFirst(delivery);
        } finally {
            lock.unlock();
        }
    }

    /** Where a message sits in the broker: the same across redeliveries, unlike the delivery id. */
    private record Position(int queueId, long queueOffset) {
        static Position of(InboundDelivery delivery) {
            return new Position(delivery.queueId(), delivery.queueOffset());
        }
    }

    /**
     * Puts a delivery a listener failed on back at the head of the buffer, once per message.
     * @return false when it was redelivered locally before: it must go back to the broker
     */
    boolean redeliverLocally(InboundDelivery delivery) {
        if (!redeliveredLocally.add(Position.of(delivery))) {
            return false;
        }
        pushBack(delivery);
        return true;
    }

    /** Deliveries the broker does not know of, to add to its delivery count. */
    int localRedeliveries(InboundDelivery delivery) {
        return redeliveredLocally.contains(Position.of(delivery)) ? 1 : 0;
    }

    /** The message was acknowledged: nothing more to remember about it. */
    void settled(InboundDelivery delivery) {
        redeliveredLocally.remove(Position.of(delivery));
    }

    /** Takes the next buffered delivery for a listener, or null. */
    InboundDelivery poll() {
        InboundDelivery delivery;
        lock.lock();
        try {
            delivery = closed ? null : buffer.poll();
        } finally {
            lock.unlock();
        }
        if (delivery != null) {
            topUpCredit(prefetch);
        }
        return delivery;
    }

    boolean hasListener() {
        return listener != null;
    }

    /** Wakes receivers so they notice a start, a stop or a close. */
    void wake() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Empties the buffer and gives its deliveries back without counting them as delivered: used
     * by recover and rollback so that redelivered messages keep their place in the order.
     */
    void returnBuffered() {
        List<InboundDelivery> returned;
        lock.lock();
        try {
            returned = new ArrayList<>(buffer);
            buffer.clear();
        } finally {
            lock.unlock();
        }
        for (InboundDelivery delivery : returned) {
            broker.release(delivery.deliveryId(), false);
        }
        if (listener != null) {
            topUpCredit(prefetch);
        }
    }

    private void checkOpen() throws IllegalStateException {
        if (closed) {
            throw JmsExceptions.closed("consumer");
        }
        session.checkOpen();
    }

    @Override
    public String getMessageSelector() throws JMSException {
        checkOpen();
        return selector;
    }

    @Override
    public MessageListener getMessageListener() throws JMSException {
        checkOpen();
        return listener;
    }

    @Override
    public void setMessageListener(MessageListener messageListener) throws JMSException {
        checkOpen();
        this.listener = messageListener;
        if (messageListener != null) {
            topUpCredit(prefetch);
            session.scheduleListeners();
        }
    }

    @Override
    public Message receive() throws JMSException {
        return receive(-1L, true, null);
    }

    @Override
    public Message receive(long timeout) throws JMSException {
        return receive(timeout, null);
    }

    @Override
    public Message receiveNoWait() throws JMSException {
        return receive(0L, false, null);
    }

    /** receive(timeout) where 0 means for ever, as in the API. */
    Message receive(long timeout, Acknowledgements.BodyRequirement requirement) throws JMSException {
        return timeout == 0 ? receive(-1L, true, requirement) : receive(Math.max(timeout, 1), true, requirement);
    }

    Message receiveNoWait(Acknowledgements.BodyRequirement requirement) throws JMSException {
        return receive(0L, false, requirement);
    }

    /** @param timeoutMillis negative waits for ever */
    private Message receive(long timeoutMillis, boolean wait, Acknowledgements.BodyRequirement requirement)
            throws JMSException {
        checkOpen();
        if (listener != null) {
            throw new IllegalStateException("a message listener is set on this consumer: receive is not allowed");
        }
        long deadline = timeoutMillis < 0 ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        if (!wait && broker.hasBacklog()) {
            wait = true;
            deadline = System.nanoTime() + NO_WAIT_GRACE_NANOS;
        }
        while (true) {
            InboundDelivery delivery = awaitDelivery(timeoutMillis < 0, deadline, wait);
            if (delivery == null) {
                failIfBrokerLost();
                return null;
            }
            Message message = session.receivedSynchronously(this, delivery, requirement);
            if (message != null) {
                return message;
            }
        }
    }

    /** A receive must not wait for its timeout, or for ever, for a message that cannot come. */
    private void failIfBrokerLost() throws JMSException {
        JMSException lost = session.connection().lostReason();
        if (lost != null && !closed && !session.isClosed()) {
            JMSException failed = new JMSException("receive failed: " + lost.getMessage(), lost.getErrorCode());
            failed.setLinkedException(lost);
            failed.initCause(lost);
            throw failed;
        }
    }

    private InboundDelivery awaitDelivery(boolean forever, long deadline, boolean wait) {
        InboundDelivery delivery;
        lock.lock();
        receivers++;
        try {
            while (!closed && !session.isClosed() && session.connection().lostReason() == null
                    && (buffer.isEmpty() || !session.connection().isStarted())) {
                if (!wait) {
                    return null;
                }
                if (buffer.isEmpty() && credit == 0 && session.connection().isStarted()) {
                    // pull: ask for one message; the grant happens outside the lock
                    lock.unlock();
                    try {
                        topUpCredit(1);
                    } finally {
                        lock.lock();
                    }
                    continue;
                }
                if (forever) {
                    changed.awaitUninterruptibly();
                } else {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0) {
                        return null;
                    }
                    changed.awaitNanos(remaining);
                }
            }
            if (closed || session.isClosed()) {
                return null;
            }
            delivery = buffer.poll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            receivers--;
            lock.unlock();
        }
        return delivery;
    }

    @Override
    public void close() throws JMSException {
        if (closed) {
            return;
        }
        // waits for a listener of this session in progress, unless called from that listener
        session.runExclusively(() -> {
            lock.lock();
            try {
                closed = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        });
        closeLocally();
    }

    /** Also used by the session's close, which has already waited for its listeners. */
    void closeLocally() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        returnBuffered();
        session.consumerClosed(this);
    }

    boolean isClosed() {
        return closed;
    }

    SluiceDestination destination() {
        return destination;
    }

    @Override
    public Queue getQueue() throws JMSException {
        checkOpen();
        return destination instanceof Queue queue ? queue : null;
    }

    @Override
    public Topic getTopic() throws JMSException {
        checkOpen();
        return destination instanceof Topic topic ? topic : null;
    }

    @Override
    public boolean getNoLocal() throws JMSException {
        checkOpen();
        return noLocal;
    }
}
