package io.sluice.store;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Test records with recognisable contents. */
final class Records {

    private Records() {
    }

    static LogRecord message(String topic, int queueId, String body) {
        return new LogRecord(RecordType.MESSAGE, System.currentTimeMillis(), topic, queueId, new byte[0],
                Map.of("id", body), body.getBytes(StandardCharsets.UTF_8));
    }

    static String body(LogRecord record) {
        return new String(record.body(), StandardCharsets.UTF_8);
    }
}
