package io.sluice.server;

import io.sluice.client.SluiceConnectionFactory;
import io.sluice.testing.ChildJvm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Test helper: a broker as a child JVM on a free port, known once it prints where it listens. */
final class BrokerProcess implements AutoCloseable {

    private static final String LISTENING = "listening on ";

    private final ChildJvm child;
    private final String address;

    private BrokerProcess(ChildJvm child, String address) {
        this.child = child;
        this.address = address;
    }

    /** Runs {@code Launcher run} with {@code settings} on port 0; waits (generously: a loaded machine) until it listens. */
    static BrokerProcess run(String... settings) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--port", "0"));
        args.addAll(List.of(settings));
        CompletableFuture<String> address = new CompletableFuture<>();
        ChildJvm child = ChildJvm.start(Launcher.class, line -> {
            if (line.startsWith(LISTENING)) {
                address.complete(line.substring(LISTENING.length()));
            }
        }, args.toArray(String[]::new));
        try {
            return new BrokerProcess(child, address.get(90, TimeUnit.SECONDS));
        } catch (Exception e) {
            child.close();
            throw e;
        }
    }

    SluiceConnectionFactory factory() {
        return new SluiceConnectionFactory("tcp://" + address);
    }

    /** SIGTERM, as an operator stops the broker; returns the exit status. */
    int stop() throws InterruptedException {
        return child.stop();
    }

    /** SIGKILL: a crash. */
    void kill() throws InterruptedException {
        child.kill();
    }

    @Override
    public void close() throws InterruptedException {
        child.close();
    }
}
