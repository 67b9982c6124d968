package io.sluice.store;

import java.util.Map;
import java.util.Objects;

/**
 * One record of the commit log.
 *
 * @param transactionId empty when the record belongs to no transaction
 * @param properties    small string map of engine metadata (priority, delivery time, filter hash "fh", ...)
 * @param body          opaque bytes: the store never interprets them
 */
public record LogRecord(RecordType type, long timestamp, String topic, int queueId,
                        byte[] transactionId, Map<String, String> properties, byte[] body) {

    private static final byte[] NONE = new byte[0];

    public LogRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        transactionId = transactionId == null ? NONE : transactionId;
        properties = properties == null ? Map.of() : properties;
        body = body == null ? NONE : body;
    }

    /** The filter hash a consume queue entry keeps for this record (property "fh", 0 when absent). */
    int filterHash() {
        String value = properties.get("fh");
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
