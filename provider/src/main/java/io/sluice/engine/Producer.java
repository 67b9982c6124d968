package io.sluice.engine;

import io.sluice.store.AppendResult;
import io.sluice.store.CommitLog;
import io.sluice.store.StoreFullException;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;

/** Sends to one topic, keeping the queue it was assigned. */
final class Producer implements ProducerHandle {
    private final TopicState topic;
    private final int queueId;
    private final CommitLog log;
    private final InFlightBytes inFlightBytes;
    private final BooleanSupplier engineClosed;

    Producer(TopicState topic, CommitLog log, InFlightBytes inFlightBytes, BooleanSupplier engineClosed) {
        this.topic = topic;
        this.queueId = topic.routing().assignProducerQueue(topic.queueCount());
        this.log = log;
        this.inFlightBytes = inFlightBytes;
        this.engineClosed = engineClosed;
    }

    @Override
    public int queueId() {
        return queueId;
    }

    @Override
    public CompletableFuture<SendReceipt> send(EngineMessage message) {
        Objects.requireNonNull(message, "message");
        if (engineClosed.getAsBoolean()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the engine is closed"));
        }
        if (topic.isDeleted()) {
            return CompletableFuture.failedFuture(new IllegalStateException("topic " + topic.name() + " was deleted"));
        }
        try {
            inFlightBytes.checkSendAllowed();
        } catch (ResourceLimitException e) {
            return CompletableFuture.failedFuture(e);
        }
        int queue = message.routingKey() == null ? queueId : QueueRouting.queueForKey(message.routingKey(), topic.queueCount());
        return append(log, topic.name(), queue, message, null);
    }

    /** Appends a message record; a full disk surfaces as {@link ResourceLimitException}. */
    static CompletableFuture<SendReceipt> append(CommitLog log, String topic, int queue, EngineMessage message, String sourceTopic) {
        CompletableFuture<SendReceipt> result = new CompletableFuture<>();
        CompletableFuture<AppendResult> appending;
        try {
            appending = log.append(RecordCodec.message(topic, queue, message, System.currentTimeMillis(), sourceTopic));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        appending.whenComplete((appended, error) -> {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                    if (cause == null) {
                        result.complete(new SendReceipt(topic, queue, appended.position()));
                    } else if (cause instanceof StoreFullException full) {
                        result.completeExceptionally(new ResourceLimitException(ResourceLimitException.Limit.DISK,
                                "the store is full (maxDiskBytes); nothing was written: " + full.getMessage(), full));
                    } else {
                        result.completeExceptionally(cause);
                    }
                });
        return result;
    }
}
