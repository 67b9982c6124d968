package io.sluice.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens engines on a test directory and waits for deliveries with generous deadlines. */
final class EngineFixture implements AutoCloseable {
    static final long DEADLINE_MILLIS = 15_000;

    final Path directory;
    final Function<EngineConfig, EngineConfig> customize;
    Engine engine;

    EngineFixture(Path directory, Function<EngineConfig, EngineConfig> customize) throws IOException {
        this.directory = directory;
        this.customize = customize;
        this.engine = Engine.open(config());
    }

    EngineFixture(Path directory) throws IOException {
        this(directory, c -> c);
    }

    EngineConfig config() {
        return customize.apply(EngineConfig.defaults(directory));
    }

    Engine reopen() throws IOException {
        engine.close();
        engine = Engine.open(config());
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }

    TopicHandle topic(String name, int queues) {
        return engine.declareTopic(name, TopicOptions.defaults(queues));
    }

    static EngineMessage text(String text) {
        return EngineMessage.of(text.getBytes(StandardCharsets.UTF_8));
    }

    static String text(Delivery delivery) {
        return new String(delivery.message().payload(), StandardCharsets.UTF_8);
    }

    /** Sends and waits until the send completed. */
    static SendReceipt send(ProducerHandle producer, EngineMessage message) {
        return producer.send(message).orTimeout(DEADLINE_MILLIS, TimeUnit.MILLISECONDS).join();
    }

    static void sendTexts(ProducerHandle producer, String... texts) {
        for (String t : texts) {
            send(producer, text(t));
        }
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Waits until the dispatcher indexed the messages sent so far (sends complete before dispatch). */
    static void awaitBacklog(ConsumerGroup group, long expected) {
        await(() -> group.backlog() == expected, "backlog of " + expected + " in group " + group.name());
    }

    /**
     * Copies a running engine's directory: what a process killed at this moment leaves behind (the page
     * cache survives a process crash), so opening the copy recovers like after an unclean shutdown.
     */
    static void copyDirectory(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (java.nio.file.Files.isDirectory(source)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** A sink collecting deliveries in a queue. */
    static final class Collector implements DeliverySink {
        final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
        ConsumerHandle handle;

        static Collector attach(ConsumerGroup group, MessageFilter filter, int credit) {
            Collector collector = new Collector();
            collector.handle = group.attach(collector, filter);
            collector.handle.grantCredit(credit);
            return collector;
        }

        @Override
        public void deliver(Delivery delivery) {
            deliveries.add(delivery);
        }

        Delivery next() {
            try {
                Delivery d = deliveries.poll(DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
                if (d == null) {
                    throw new AssertionError("no delivery within " + DEADLINE_MILLIS + " ms");
                }
                return d;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        List<Delivery> next(int n) {
            List<Delivery> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(next());
            }
            return out;
        }

        /** Asserts nothing arrives within a short while; only used where nothing may ever arrive. */
        void assertNothingFor(long millis) {
            try {
                Delivery d = deliveries.poll(millis, TimeUnit.MILLISECONDS);
                assertThat(d).as("unexpected delivery").isNull();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        void ack(Delivery d) {
            handle.ack(d.deliveryId()).orTimeout(DEADLINE_MILLIS, TimeUnit.MILLISECONDS).join();
        }

        Delivery nextAndAck() {
            Delivery d = next();
            ack(d);
            return d;
        }
    }
}
