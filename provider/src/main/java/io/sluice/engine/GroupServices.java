package io.sluice.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** What a group needs from the engine around it; shared by all groups. */
record GroupServices(LongSupplier clock, AckWriter ackWriter, Forwarder forwarder, Executor deliveryExecutor,
                     ScheduledExecutorService scheduler, InFlightBytes inFlightBytes, AtomicLong deliveryIds,
                     int lookahead, long ackTimeoutMillis, RedeliveryPolicy defaultRedelivery,
                     java.util.function.Consumer<Group> onAbandoned) {

    /** Writes the ack record of a durable group; completes when it is durable. */
    @FunctionalInterface
    interface AckWriter {
        CompletableFuture<Void> write(String topic, int queueId, String group, long incarnation, List<Long> offsets);
    }

    /** Appends a copy of a message to another topic (dead letters, expired messages). */
    @FunctionalInterface
    interface Forwarder {
        CompletableFuture<?> forward(String targetTopic, StoredMessage message, EngineMessage copy, String sourceTopic);
    }
}
