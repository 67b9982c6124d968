package io.sluice.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Runs in a child JVM that the crash test kills: sends numbered messages and acknowledges them as they
 * arrive, printing "SENT n" once a send completed, "ACKING n" before acknowledging and "ACKED n" once
 * the ack completed. What the child printed as SENT and ACKED is what the engine promised as durable.
 */
public final class CrashChild {
    static final String TOPIC = "crash";
    static final String GROUP = "g";

    private CrashChild() {
    }

    static GroupOptions groupOptions() {
        return GroupOptions.durable(ConsumeMode.CONCURRENT).withMaxInFlight(1_000_000);
    }

    static EngineConfig config(Path dir) {
        // frequent checkpoints so that the crash lands between checkpoints and ack replay is exercised
        return EngineConfig.defaults(dir).withCheckpointInterval(Duration.ofMillis(50));
    }

    public static void main(String[] args) throws Exception {
        Engine engine = Engine.open(config(Path.of(args[0])));
        engine.declareTopic(TOPIC, TopicOptions.defaults(2));
        ConsumerGroup group = engine.openGroup(TOPIC, GROUP, groupOptions());
        ConsumerHandle[] consumer = new ConsumerHandle[1];
        consumer[0] = group.attach(delivery -> {
            String n = new String(delivery.message().payload(), StandardCharsets.UTF_8);
            // acknowledge every other message, so that unacknowledged ones exist at the crash
            if (Integer.parseInt(n) % 2 == 0) {
                print("ACKING " + n);
                consumer[0].ack(delivery.deliveryId()).thenRun(() -> print("ACKED " + n));
            }
        }, null);
        consumer[0].grantCredit(Integer.MAX_VALUE);
        ProducerHandle producer = engine.createProducer(TOPIC);
        Semaphore window = new Semaphore(32);
        print("READY");
        for (int n = 0; ; n++) {
            window.acquire();
            String text = Integer.toString(n);
            producer.send(EngineMessage.of(text.getBytes(StandardCharsets.UTF_8)))
                    .whenComplete((receipt, error) -> {
                        window.release();
                        if (error == null) {
                            print("SENT " + text);
                        }
                    });
        }
    }

    private static synchronized void print(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
