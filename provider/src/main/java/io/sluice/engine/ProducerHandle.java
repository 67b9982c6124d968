package io.sluice.engine;

import java.util.concurrent.CompletableFuture;

/**
 * Sends to one topic. The handle was given one queue of the topic when it was created (round-robin
 * across producers) and keeps it, so its messages stay in order; a message with a routing key goes to
 * queue {@code hash(key) mod queueCount} instead, so each key stays in order.
 */
public interface ProducerHandle {
    /**
     * Appends the message to the commit log. The future completes when the store completes the append:
     * durable under {@code FlushPolicy.SYNC}, written under {@code ASYNC}; NON_PERSISTENT messages take
     * the same path (consumers only ever see visible records, so completing them earlier would not let
     * them be delivered sooner). It fails with {@link ResourceLimitException} when a memory or disk limit
     * is reached, and with {@link IllegalStateException} once the topic was deleted or the engine closed.
     */
    CompletableFuture<SendReceipt> send(EngineMessage message);

    /**
     * Appends the message as a half message of the transaction: stored, invisible to every consumer until
     * {@link Transactions#commit} makes the whole transaction visible. The future completes once it is written;
     * the transaction's end record makes it durable. Fails like {@link #send}, and with IllegalStateException once
     * the transaction is prepared or ending.
     */
    CompletableFuture<SendReceipt> sendInTransaction(String transactionId, EngineMessage message);

    /** The queue this producer sends unkeyed messages to. */
    int queueId();
}
