package io.sluice.engine;

import io.sluice.store.CommitLog;
import io.sluice.store.Dispatcher;
import io.sluice.store.StoreFullException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Appends message records and reports them sent once they are durable and dispatched, so that a
 * sender's next browse or receive sees what it sent.
 */
final class MessageAppender {
    private final CommitLog log;
    private final Dispatcher dispatcher;

    MessageAppender(CommitLog log, Dispatcher dispatcher) {
        this.log = log;
        this.dispatcher = dispatcher;
    }

    /** A full disk surfaces as {@link ResourceLimitException}. */
    CompletableFuture<SendReceipt> append(String topic, int queue, EngineMessage message, String sourceTopic) {
        CompletableFuture<SendReceipt> result = new CompletableFuture<>();
        try {
            log.append(RecordCodec.message(topic, queue, message, System.currentTimeMillis(), sourceTopic))
                    .thenCompose(appended -> dispatcher.whenDispatched(appended.position() + appended.size())
                            .thenApply(dispatched -> new SendReceipt(topic, queue, appended.position())))
                    .whenComplete((receipt, error) -> {
                        if (error == null) {
                            result.complete(receipt);
                        } else {
                            result.completeExceptionally(translate(error));
                        }
                    });
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return result;
    }

    private static Throwable translate(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof StoreFullException full) {
            return new ResourceLimitException(ResourceLimitException.Limit.DISK,
                    "the store is full (maxDiskBytes); nothing was written: " + full.getMessage(), full);
        }
        return cause;
    }
}
