package io.sluice.engine;

import io.sluice.store.AppendResult;
import io.sluice.store.CommitLog;
import io.sluice.store.Dispatcher;
import io.sluice.store.LogRecord;
import io.sluice.store.StoreFullException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Appends message records and reports a PERSISTENT one sent once it is durable and dispatched, so that a
 * sender's next browse or receive sees what it sent; a NON_PERSISTENT one once it is written.
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
            LogRecord record = RecordCodec.message(topic, queue, message, System.currentTimeMillis(), sourceTopic);
            CompletableFuture<AppendResult> appending = message.durable() ? log.append(record) : log.appendWithoutFsyncWait(record);
            appending.thenCompose(appended -> visible(message, appended)
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

    /** A NON_PERSISTENT send waits for neither the fsync nor, therefore, its visibility to consumers. */
    private CompletableFuture<Void> visible(EngineMessage message, AppendResult appended) {
        return message.durable() ? dispatcher.whenDispatched(appended.position() + appended.size())
                : CompletableFuture.completedFuture(null);
    }

    static Throwable translate(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof StoreFullException full) {
            return new ResourceLimitException(ResourceLimitException.Limit.DISK,
                    "the store is full (maxDiskBytes); nothing was written: " + full.getMessage(), full);
        }
        return cause;
    }
}
