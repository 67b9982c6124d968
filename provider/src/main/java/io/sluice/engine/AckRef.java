package io.sluice.engine;

import java.util.List;

/** Acknowledgements a transaction makes, by queue offset, as its records keep them: one group, one queue. */
record AckRef(String topic, int queueId, String group, long incarnation, List<Long> offsets) {
}
