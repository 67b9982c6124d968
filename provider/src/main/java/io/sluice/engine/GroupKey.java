package io.sluice.engine;

/** Identifies a group: its topic and its name. */
record GroupKey(String topic, String group) {
}
