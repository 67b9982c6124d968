package io.sluice.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Properties;

/**
 * The consumed state of every durable group plus the log position from which acknowledgements must be
 * replayed on recovery. Format (a properties file, replaced atomically):
 * <pre>
 * version=1
 * position=&lt;log position: every ack record below it is reflected in the groups&gt;
 * groups=&lt;n&gt;
 * g.&lt;i&gt;.topic / g.&lt;i&gt;.name / g.&lt;i&gt;.incarnation / g.&lt;i&gt;.queues=&lt;m&gt;
 * g.&lt;i&gt;.q.&lt;j&gt;=&lt;committed&gt;;&lt;done ranges a-b,c-d (end exclusive)&gt;;&lt;possiblyDeliveredBelow&gt;;&lt;offset:attempts,...&gt;
 * moves=&lt;k&gt;
 * m.&lt;i&gt;.topic=&lt;topic&gt;   m.&lt;i&gt;.at=&lt;queue id&gt;;&lt;queue offset&gt;;&lt;new log position&gt;;&lt;size&gt;
 * </pre>
 */
final class CheckpointFile {
    static final String NAME = "checkpoint";

    record Checkpoint(long position, Map<GroupKey, GroupState> groups, Map<Relocations.Key, Relocations.Moved> moves) {
    }

    record GroupState(long incarnation, List<QueueCheckpoint> queues) {
    }

    private CheckpointFile() {
    }

    static void write(Path directory, Checkpoint checkpoint) throws IOException {
        Properties p = new Properties();
        p.setProperty("version", "1");
        p.setProperty("position", Long.toString(checkpoint.position()));
        p.setProperty("groups", Integer.toString(checkpoint.groups().size()));
        int i = 0;
        for (Map.Entry<GroupKey, GroupState> group : checkpoint.groups().entrySet()) {
            String prefix = "g." + i++ + ".";
            p.setProperty(prefix + "topic", group.getKey().topic());
            p.setProperty(prefix + "name", group.getKey().group());
            p.setProperty(prefix + "incarnation", Long.toString(group.getValue().incarnation()));
            p.setProperty(prefix + "queues", Integer.toString(group.getValue().queues().size()));
            for (QueueCheckpoint q : group.getValue().queues()) {
                p.setProperty(prefix + "q." + q.queueId(), q.committed() + ";" + q.doneRanges() + ";"
                        + q.possiblyDeliveredBelow() + ";" + encodeAttempts(q.attempts()));
            }
        }
        p.setProperty("moves", Integer.toString(checkpoint.moves().size()));
        int m = 0;
        for (Map.Entry<Relocations.Key, Relocations.Moved> move : checkpoint.moves().entrySet()) {
            String prefix = "m." + m++ + ".";
            Relocations.Key k = move.getKey();
            p.setProperty(prefix + "topic", k.topic());
            p.setProperty(prefix + "at", k.queueId() + ";" + k.offset() + ";" + move.getValue().position() + ";" + move.getValue().size());
        }
        AtomicFile.write(directory.resolve(NAME), p);
    }

    /** The last checkpoint, or one at position {@code start} without groups when there is none yet. */
    static Checkpoint read(Path directory, long start) throws IOException {
        Path file = directory.resolve(NAME);
        Properties p = AtomicFile.read(file);
        if (p == null) {
            return new Checkpoint(start, Map.of(), Map.of());
        }
        try {
            Map<GroupKey, GroupState> groups = new LinkedHashMap<>();
            int count = Integer.parseInt(p.getProperty("groups"));
            for (int i = 0; i < count; i++) {
                String prefix = "g." + i + ".";
                GroupKey key = new GroupKey(p.getProperty(prefix + "topic"), p.getProperty(prefix + "name"));
                int queues = Integer.parseInt(p.getProperty(prefix + "queues"));
                List<QueueCheckpoint> states = new ArrayList<>();
                for (int q = 0; q < queues; q++) {
                    states.add(decodeQueue(q, p.getProperty(prefix + "q." + q)));
                }
                groups.put(key, new GroupState(Long.parseLong(p.getProperty(prefix + "incarnation")), states));
            }
            Map<Relocations.Key, Relocations.Moved> moves = new HashMap<>();
            int moveCount = Integer.parseInt(p.getProperty("moves", "0"));
            for (int m = 0; m < moveCount; m++) {
                String[] at = p.getProperty("m." + m + ".at").split(";");
                moves.put(new Relocations.Key(p.getProperty("m." + m + ".topic"), Integer.parseInt(at[0]), Long.parseLong(at[1])),
                        new Relocations.Moved(Long.parseLong(at[2]), Integer.parseInt(at[3])));
            }
            return new Checkpoint(Long.parseLong(p.getProperty("position")), groups, moves);
        } catch (RuntimeException e) {
            throw new IOException("checkpoint " + file + " is malformed: " + e.getMessage(), e);
        }
    }

    private static QueueCheckpoint decodeQueue(int queueId, String line) {
        String[] parts = line.split(";", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("queue " + queueId + ": expected 4 fields, got '" + line + "'");
        }
        return new QueueCheckpoint(queueId, Long.parseLong(parts[0]), parts[1], decodeAttempts(parts[3]),
                Long.parseLong(parts[2]));
    }

    private static String encodeAttempts(Map<Long, Integer> attempts) {
        StringBuilder out = new StringBuilder();
        attempts.forEach((offset, n) -> out.append(out.length() == 0 ? "" : ",").append(offset).append(':').append(n));
        return out.toString();
    }

    private static Map<Long, Integer> decodeAttempts(String text) {
        Map<Long, Integer> attempts = new HashMap<>();
        if (!text.isEmpty()) {
            for (String pair : text.split(",")) {
                int colon = pair.indexOf(':');
                attempts.put(Long.parseLong(pair.substring(0, colon)), Integer.parseInt(pair.substring(colon + 1)));
            }
        }
        return attempts;
    }
}
