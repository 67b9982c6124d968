package io.sluice.engine;

import io.sluice.store.LogRecord;
import io.sluice.store.RecordType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How engine data is laid out in commit-log records.
 * <ul>
 *   <li>MESSAGE (and MOVE, its copy made by compaction): properties {@code p} priority, {@code d} durable
 *       (1/0), {@code fh} filter hash (indexed by the store), and when set {@code k} routing key,
 *       {@code da} deliverAt, {@code ea} expireAt, {@code src} topic a dead letter came from; body = payload</li>
 *   <li>ACK: topic and queue id of the acknowledged messages, properties {@code g} group name,
 *       {@code i} group incarnation, {@code o} comma-separated queue offsets; empty body</li>
 * </ul>
 */
final class RecordCodec {
    static final byte[] NO_TRANSACTION = new byte[0];
    private static final byte[] EMPTY = new byte[0];

    private RecordCodec() {
    }

    static LogRecord message(String topic, int queueId, EngineMessage m, long now, String sourceTopic) {
        Map<String, String> props = new HashMap<>();
        props.put("p", Integer.toString(m.priority()));
        props.put("d", m.durable() ? "1" : "0");
        props.put("fh", Integer.toString(m.filterHash()));
        if (m.routingKey() != null) {
            props.put("k", m.routingKey());
        }
        if (m.deliverAt() != 0) {
            props.put("da", Long.toString(m.deliverAt()));
        }
        if (m.expireAt() != 0) {
            props.put("ea", Long.toString(m.expireAt()));
        }
        if (sourceTopic != null) {
            props.put("src", sourceTopic);
        }
        return new LogRecord(RecordType.MESSAGE, now, topic, queueId, NO_TRANSACTION, props, m.payload());
    }

    static EngineMessage toMessage(LogRecord record) {
        Map<String, String> p = record.properties();
        return new EngineMessage(p.get("k"), Integer.parseInt(p.getOrDefault("p", "4")),
                Long.parseLong(p.getOrDefault("da", "0")), Long.parseLong(p.getOrDefault("ea", "0")),
                Integer.parseInt(p.getOrDefault("fh", "0")), !"0".equals(p.get("d")), record.body());
    }

    static LogRecord ack(String topic, int queueId, String group, long incarnation, List<Long> offsets, long now) {
        return new LogRecord(RecordType.ACK, now, topic, queueId, NO_TRANSACTION,
                Map.of("g", group, "i", Long.toString(incarnation), "o", LongLists.encode(offsets)), EMPTY);
    }

    static long ackIncarnation(LogRecord record) {
        return Long.parseLong(record.properties().getOrDefault("i", "0"));
    }

    static String ackGroup(LogRecord record) {
        return record.properties().get("g");
    }

    static List<Long> ackOffsets(LogRecord record) {
        List<Long> out = new ArrayList<>();
        for (long offset : LongLists.decode(record.properties().get("o"))) {
            out.add(offset);
        }
        return out;
    }
}
