package io.sluice.broker;

import io.sluice.engine.ConsumerGroup;
import io.sluice.engine.ConsumerHandle;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/** The broker side of one JMS consumer: an engine consumer plus the bookkeeping to undo on close. */
public final class ClientConsumer implements AutoCloseable {

    private final ConsumerGroup group;
    private final ConsumerHandle handle;
    private final Runnable onClose;
    private volatile boolean closed;

    ClientConsumer(ConsumerGroup group, ConsumerHandle handle, Runnable onClose) {
        this.group = group;
        this.handle = handle;
        this.onClose = onClose;
    }

    public void grantCredit(int messages) {
        handle.grantCredit(messages);
    }

    /** Whether the consumer's group holds messages not consumed yet (some may be in flight elsewhere). */
    public boolean hasBacklog() {
        return group.backlog() > 0;
    }

    public CompletableFuture<Void> ack(long deliveryId) {
        return handle.ack(deliveryId);
    }

    public CompletableFuture<Void> ackAll(Collection<Long> deliveryIds) {
        return handle.ackAll(deliveryIds);
    }

    public void release(long deliveryId, boolean countAsDelivery) {
        handle.release(deliveryId, countAsDelivery);
    }

    /** The engine consumer, for the acknowledgements of a transaction. */
    public ConsumerHandle engineHandle() {
        return handle;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        handle.close();
        onClose.run();
    }
}
