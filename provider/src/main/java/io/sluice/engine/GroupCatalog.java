package io.sluice.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The durable groups and where each started, rewritten atomically whenever one is created, reopened with
 * other attributes, or deleted: a group must survive a crash that happens before the next checkpoint,
 * or the messages sent to it meanwhile would be lost for it.
 */
final class GroupCatalog {
    static final String NAME = "groups";

    /** A durable group as persisted; the filter is not (the JMS layer rebuilds it from the attributes). */
    record Definition(String topic, String name, long incarnation, ConsumeMode mode, int maxInFlight,
                      Map<String, String> attributes, long[] startOffsets) {
        GroupKey key() {
            return new GroupKey(topic, name);
        }

        long startOffset(int queueId) {
            return queueId < startOffsets.length ? startOffsets[queueId] : -1;
        }
    }

    private GroupCatalog() {
    }

    static void write(Path directory, Collection<Definition> groups) throws IOException {
        Properties p = new Properties();
        p.setProperty("groups", Integer.toString(groups.size()));
        int i = 0;
        for (Definition g : groups) {
            String prefix = "g." + i++ + ".";
            p.setProperty(prefix + "topic", g.topic());
            p.setProperty(prefix + "name", g.name());
            p.setProperty(prefix + "incarnation", Long.toString(g.incarnation()));
            p.setProperty(prefix + "mode", g.mode().name());
            p.setProperty(prefix + "maxInFlight", Integer.toString(g.maxInFlight()));
            p.setProperty(prefix + "start", LongLists.encode(g.startOffsets()));
            g.attributes().forEach((k, v) -> p.setProperty(prefix + "attr." + k, v));
        }
        AtomicFile.write(directory.resolve(NAME), p);
    }

    static List<Definition> read(Path directory) throws IOException {
        Path file = directory.resolve(NAME);
        Properties p = AtomicFile.read(file);
        List<Definition> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        try {
            int count = Integer.parseInt(p.getProperty("groups"));
            for (int i = 0; i < count; i++) {
                String prefix = "g." + i + ".";
                Map<String, String> attributes = new HashMap<>();
                for (String key : p.stringPropertyNames()) {
                    if (key.startsWith(prefix + "attr.")) {
                        attributes.put(key.substring((prefix + "attr.").length()), p.getProperty(key));
                    }
                }
                out.add(new Definition(p.getProperty(prefix + "topic"), p.getProperty(prefix + "name"),
                        Long.parseLong(p.getProperty(prefix + "incarnation")), ConsumeMode.valueOf(p.getProperty(prefix + "mode")),
                        Integer.parseInt(p.getProperty(prefix + "maxInFlight")), attributes,
                        LongLists.decode(p.getProperty(prefix + "start"))));
            }
        } catch (RuntimeException e) {
            throw new IOException("group catalog " + file + " is malformed: " + e.getMessage(), e);
        }
        return out;
    }
}
