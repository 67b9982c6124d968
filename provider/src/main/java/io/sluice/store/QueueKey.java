package io.sluice.store;

/** Names one queue of one topic. */
record QueueKey(String topic, int queueId) {
}
