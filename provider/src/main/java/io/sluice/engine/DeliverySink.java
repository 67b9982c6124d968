package io.sluice.engine;

/**
 * Receives the deliveries of one consumer. Called from an engine delivery thread without any engine
 * lock held, so the sink may call back into its {@link ConsumerHandle} (ack, credit) directly; it must
 * not block, since the thread serves other groups too. Deliveries of one consumer arrive one at a time
 * and in order. A delivery racing with {@link ConsumerHandle#close()} may still arrive just after close
 * returned; its message was already given back to the group, so the sink should drop it.
 */
@FunctionalInterface
public interface DeliverySink {
    void deliver(Delivery delivery);
}
