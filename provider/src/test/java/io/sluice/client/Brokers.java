package io.sluice.client;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Test helper: a factory for a fresh embedded broker with its own data directory. */
final class Brokers {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private Brokers() {
    }

    static String url(Path dataDir, String options) {
        String name = "test-" + ProcessHandle.current().pid() + "-" + NAMES.incrementAndGet();
        return "vm://" + name + "?dataDir=" + dataDir.toAbsolutePath() + (options.isEmpty() ? "" : "&" + options);
    }

    static SluiceConnectionFactory factory(Path dataDir) {
        return new SluiceConnectionFactory(url(dataDir, ""));
    }

    static SluiceConnectionFactory factory(Path dataDir, String options) {
        return new SluiceConnectionFactory(url(dataDir, options));
    }

    /** Another factory for the same broker without the first one's client ID. */
    static SluiceConnectionFactory factoryFor(SluiceConnectionFactory factory) {
        return new SluiceConnectionFactory(factory.getUrl().replaceAll("&clientID=[^&]*", ""));
    }

    /** A deadline for waiting on something asynchronous; generous for a loaded machine. */
    static long deadline() {
        return System.nanoTime() + 20_000_000_000L;
    }

    static boolean before(long deadline) {
        return System.nanoTime() < deadline;
    }

    static final long RECEIVE_TIMEOUT = 10_000;
}
