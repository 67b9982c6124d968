package io.sluice.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

/** The declared topics with their options, rewritten atomically on every declaration, growth or deletion. */
final class TopicCatalog {
    static final String NAME = "topics";

    private TopicCatalog() {
    }

    static void write(Path directory, Collection<TopicState> topics) throws IOException {
        Properties p = new Properties();
        p.setProperty("topics", Integer.toString(topics.size()));
        int i = 0;
        for (TopicState t : topics) {
            String prefix = "t." + i++ + ".";
            TopicOptions o = t.options();
            p.setProperty(prefix + "name", t.name());
            p.setProperty(prefix + "queues", Integer.toString(o.queueCount()));
            p.setProperty(prefix + "mode", o.defaultMode().name());
            p.setProperty(prefix + "retentionMillis", Long.toString(o.retention().toMillis()));
            p.setProperty(prefix + "base", LongLists.encode(t.baseOffsets()));
            if (o.expiryTopic() != null) {
                p.setProperty(prefix + "expiryTopic", o.expiryTopic());
            }
            RedeliveryPolicy r = o.redelivery();
            if (r != null) {
                p.setProperty(prefix + "redelivery.maxDeliveries", Integer.toString(r.maxDeliveries()));
                p.setProperty(prefix + "redelivery.initialDelayMillis", Long.toString(r.initialDelay().toMillis()));
                p.setProperty(prefix + "redelivery.multiplier", Double.toString(r.backoffMultiplier()));
                p.setProperty(prefix + "redelivery.maxDelayMillis", Long.toString(r.maxDelay().toMillis()));
                p.setProperty(prefix + "redelivery.deadLetterTopic", r.deadLetterTopic());
            }
        }
        AtomicFile.write(directory.resolve(NAME), p);
    }

    static List<TopicState> read(Path directory) throws IOException {
        Path file = directory.resolve(NAME);
        Properties p = AtomicFile.read(file);
        List<TopicState> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        try {
            int count = Integer.parseInt(p.getProperty("topics"));
            for (int i = 0; i < count; i++) {
                String prefix = "t." + i + ".";
                RedeliveryPolicy redelivery = null;
                if (p.getProperty(prefix + "redelivery.maxDeliveries") != null) {
                    redelivery = new RedeliveryPolicy(
                            Integer.parseInt(p.getProperty(prefix + "redelivery.maxDeliveries")),
                            Duration.ofMillis(Long.parseLong(p.getProperty(prefix + "redelivery.initialDelayMillis"))),
                            Double.parseDouble(p.getProperty(prefix + "redelivery.multiplier")),
                            Duration.ofMillis(Long.parseLong(p.getProperty(prefix + "redelivery.maxDelayMillis"))),
                            p.getProperty(prefix + "redelivery.deadLetterTopic"));
                }
                TopicOptions options = new TopicOptions(Integer.parseInt(p.getProperty(prefix + "queues")),
                        ConsumeMode.valueOf(p.getProperty(prefix + "mode")),
                        Duration.ofMillis(Long.parseLong(p.getProperty(prefix + "retentionMillis"))),
                        redelivery, p.getProperty(prefix + "expiryTopic"));
                out.add(new TopicState(p.getProperty(prefix + "name"), options,
                        LongLists.decode(p.getProperty(prefix + "base"))));
            }
        } catch (RuntimeException e) {
            throw new IOException("topic catalog " + file + " is malformed: " + e.getMessage(), e);
        }
        return out;
    }
}
