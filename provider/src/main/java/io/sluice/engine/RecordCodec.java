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
 *   <li>HALF_MESSAGE: a MESSAGE record of a transaction (its id in the record's transaction id), indexed
 *       only once a TX_COMMIT lists it</li>
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
        return new LogRecord(RecordType.MESSAGE, now, topic, queueId, NO_TRANSACTION,
                messageProperties(m, sourceTopic), m.payload());
    }

    /** A message of a transaction: the same record as a MESSAGE, invisible until the transaction commits. */
    static LogRecord half(String topic, int queueId, EngineMessage m, long now, String transactionId) {
        return new LogRecord(RecordType.HALF_MESSAGE, now, topic, queueId, transactionIdBytes(transactionId),
                messageProperties(m, null), m.payload());
    }

    private static Map<String, String> messageProperties(EngineMessage m, String sourceTopic) {
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
        return props;
    }

    /**
     * TX_PREPARE, TX_COMMIT, TX_ROLLBACK: the transaction id, the acknowledgements (properties {@code a.<i>.t}
     * topic, {@code a.<i>.q} queue id, {@code a.<i>.g} group, {@code a.<i>.i} incarnation, {@code a.<i>.o}
     * offsets) and, for a commit, the half messages it makes visible as the body ({@code TransactionEntries}).
     */
    static LogRecord transactionEnd(RecordType type, String transactionId, List<AckRef> acks, byte[] body, long now) {
        Map<String, String> props = new HashMap<>();
        for (int i = 0; i < acks.size(); i++) {
            AckRef ack = acks.get(i);
            props.put("a." + i + ".t", ack.topic());
            props.put("a." + i + ".q", Integer.toString(ack.queueId()));
            props.put("a." + i + ".g", ack.group());
            props.put("a." + i + ".i", Long.toString(ack.incarnation()));
            props.put("a." + i + ".o", LongLists.encode(ack.offsets()));
        }
        return new LogRecord(type, now, "", 0, transactionIdBytes(transactionId), props, body);
    }

    static List<AckRef> transactionAcks(LogRecord record) {
        Map<String, String> p = record.properties();
        List<AckRef> acks = new ArrayList<>();
        for (int i = 0; p.containsKey("a." + i + ".t"); i++) {
            List<Long> offsets = new ArrayList<>();
            for (long offset : LongLists.decode(p.get("a." + i + ".o"))) {
                offsets.add(offset);
            }
            acks.add(new AckRef(p.get("a." + i + ".t"), Integer.parseInt(p.get("a." + i + ".q")), p.get("a." + i + ".g"),
                    Long.parseLong(p.get("a." + i + ".i")), offsets));
        }
        return acks;
    }

    static String transactionId(LogRecord record) {
        return new String(record.transactionId(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] transactionIdBytes(String transactionId) {
        return transactionId.getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
