package io.sluice.engine;

/** A message as read back from the store: where it is, and what the engine needs of it. */
record StoredMessage(int queueId, long offset, long logPosition, int size, EngineMessage message) {
}
