package io.sluice.client;

import io.sluice.client.transport.BrokerConsumer;
import io.sluice.engine.Delivery;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A consumer and its prefetch buffer. The broker pushes at most {@code prefetch} deliveries
 * ahead of the application; each message the application takes grants one more.
 */
public class SluiceMessageConsumer implements QueueReceiver, TopicSubscriber {

    private final SluiceSession session;
    private final SluiceDestination destination;
    private final String selector;
    private final boolean noLocal;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Delivery> buffer = new ArrayDeque<>();
    private volatile BrokerConsumer broker;
    private volatile MessageListener listener;
    private volatile boolean closed;

    SluiceMessageConsumer(SluiceSession session, SluiceDestination destination, String selector, boolean noLocal) {
        this.session = session;
        this.destination = destination;
        this.selector = selector == null || selector.isBlank() ? null : selector;
        this.noLocal = noLocal;
    }

    /** Called once the broker side exists; deliveries start flowing with the credit granted here. */
    void attach(BrokerConsumer brokerConsumer, int prefetch) {
        this.broker = brokerConsumer;
        brokerConsumer.grantCredit(prefetch);
    }

    BrokerConsumer broker() {
        return broker;
    }

    /** The broker's push; runs on a broker thread and must not block. */
    void onDelivery(Delivery delivery) {
        lock.lock();
        try {
            if (!closed) {
                buffer.add(delivery);
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
        if (closed) {
            broker.release(delivery.deliveryId(), false);
        } else if (listener != null) {
            session.scheduleListeners();
        }
    }

    /** Takes the next buffered delivery for a listener, or null. */
    Delivery poll() {
        Delivery delivery;
        lock.lock();
        try {
            delivery = closed ? null : buffer.poll();
        } finally {
            lock.unlock();
        }
        if (delivery != null) {
            broker.grantCredit(1);
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
        List<Delivery> returned;
        lock.lock();
        try {
            returned = new ArrayList<>(buffer);
            buffer.clear();
        } finally {
            lock.unlock();
        }
        for (Delivery delivery : returned) {
            broker.release(delivery.deliveryId(), false);
        }
        if (!returned.isEmpty() && !closed) {
            broker.grantCredit(returned.size());
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
            session.scheduleListeners();
        }
    }

    @Override
    public Message receive() throws JMSException {
        return receive(-1L, true);
    }

    @Override
    public Message receive(long timeout) throws JMSException {
        return timeout == 0 ? receive() : receive(Math.max(timeout, 1), true);
    }

    @Override
    public Message receiveNoWait() throws JMSException {
        return receive(0L, false);
    }

    /** @param timeoutMillis negative waits for ever */
    private Message receive(long timeoutMillis, boolean wait) throws JMSException {
        checkOpen();
        if (listener != null) {
            throw new IllegalStateException("a message listener is set on this consumer: receive is not allowed");
        }
        long deadline = timeoutMillis < 0 ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            Delivery delivery = awaitDelivery(timeoutMillis < 0, deadline, wait);
            if (delivery == null) {
                return null;
            }
            Message message = session.receivedSynchronously(this, delivery);
            if (message != null) {
                return message;
            }
        }
    }

    private Delivery awaitDelivery(boolean forever, long deadline, boolean wait) {
        Delivery delivery;
        lock.lock();
        try {
            while (!closed && !session.isClosed() && (buffer.isEmpty() || !session.connection().isStarted())) {
                if (!wait) {
                    return null;
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
            lock.unlock();
        }
        broker.grantCredit(1);
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
