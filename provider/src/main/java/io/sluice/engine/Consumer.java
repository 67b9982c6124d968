package io.sluice.engine;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** One attached consumer; its mutable state is guarded by its group's lock. */
final class Consumer implements ConsumerHandle {
    private final Group group;
    private final DeliverySink sink;
    private final MessageFilter filter;
    private int credit;
    /** Read without the lock by the pump, to skip deliveries to a consumer that just closed. */
    private volatile boolean closed;
    /** Delivery ids handed to this consumer and not acknowledged or released yet. */
    final Set<Long> held = new LinkedHashSet<>();

    Consumer(Group group, DeliverySink sink, MessageFilter filter) {
        this.group = group;
        this.sink = sink;
        this.filter = filter;
    }

    boolean canTake(EngineMessage message) {
        return credit > 0 && !closed && (filter == null || filter.test(message));
    }

    boolean hasCredit() {
        return credit > 0 && !closed;
    }

    void spendCredit() {
        credit--;
    }

    void addCredit(int messages) {
        credit = (int) Math.min(Integer.MAX_VALUE, (long) credit + messages);
    }

    boolean isClosed() {
        return closed;
    }

    void markClosed() {
        closed = true;
    }

    Group group() {
        return group;
    }

    DeliverySink sink() {
        return sink;
    }

    @Override
    public void grantCredit(int messages) {
        if (messages < 0) {
            throw new IllegalArgumentException("credit must not be negative, was " + messages);
        }
        group.grantCredit(this, messages);
    }

    @Override
    public CompletableFuture<Void> ack(long deliveryId) {
        return group.ack(this, List.of(deliveryId));
    }

    @Override
    public CompletableFuture<Void> ackAll(Collection<Long> deliveryIds) {
        return group.ack(this, deliveryIds);
    }

    @Override
    public void release(long deliveryId, boolean countAsDelivery) {
        group.release(this, deliveryId, countAsDelivery);
    }

    @Override
    public void close() {
        group.detach(this);
    }
}
