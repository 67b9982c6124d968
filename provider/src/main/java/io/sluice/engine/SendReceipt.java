package io.sluice.engine;

/** Where a sent message was stored. */
public record SendReceipt(String topic, int queueId, long logPosition) {
}
