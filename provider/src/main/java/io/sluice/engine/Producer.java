package io.sluice.engine;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/** Sends to one topic, keeping the queue it was assigned. */
final class Producer implements ProducerHandle {
    private final TopicState topic;
    private final int queueId;
    private final MessageAppender appender;
    private final Transactions transactions;
    private final InFlightBytes inFlightBytes;
    private final BooleanSupplier engineClosed;

    Producer(TopicState topic, MessageAppender appender, Transactions transactions, InFlightBytes inFlightBytes,
             BooleanSupplier engineClosed) {
        this.topic = topic;
        this.queueId = topic.routing().assignProducerQueue(topic.queueCount());
        this.appender = appender;
        this.transactions = transactions;
        this.inFlightBytes = inFlightBytes;
        this.engineClosed = engineClosed;
    }

    @Override
    public int queueId() {
        return queueId;
    }

    @Override
    public CompletableFuture<SendReceipt> send(EngineMessage message) {
        CompletableFuture<Void> refused = refusal(message);
        return refused != null ? refused.thenApply(ignored -> null) : appender.append(topic.name(), queueOf(message), message, null);
    }

    @Override
    public CompletableFuture<SendReceipt> sendInTransaction(String transactionId, EngineMessage message) {
        CompletableFuture<Void> refused = refusal(message);
        return refused != null ? refused.thenApply(ignored -> null)
                : transactions.appendHalf(transactionId, topic.name(), queueOf(message), message);
    }

    private int queueOf(EngineMessage message) {
        return message.routingKey() == null ? queueId : QueueRouting.queueForKey(message.routingKey(), topic.queueCount());
    }

    /** A failed future when the message cannot be sent now, else null. */
    private CompletableFuture<Void> refusal(EngineMessage message) {
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
        return null;
    }
}
