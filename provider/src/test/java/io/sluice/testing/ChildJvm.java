package io.sluice.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A JVM child process running a main class of the test classpath, for crash tests: the parent reads what the
 * child prints (what it promised) and kills it with SIGKILL at a moment of its choosing.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Thread reader;

    private ChildJvm(Process process, Consumer<String> lines) {
        this.process = process;
        this.reader = new Thread(() -> readLines(lines), "child-jvm-reader-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass} with {@code args}; every line it prints to stdout goes to {@code lines}. */
    public static ChildJvm start(Class<?> mainClass, Consumer<String> lines, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new ChildJvm(process, lines);
    }

    private void readLines(Consumer<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.accept(line);
            }
        } catch (IOException e) {
            // the child was killed mid-line: what was read is what it promised
        }
    }

    /** SIGKILL: no shutdown hook, no flush, exactly like a crash. Waits until the child and its output are gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join();
    }

    /** SIGTERM: the child's shutdown hooks run, as when an operator stops a server. Waits until it is gone. */
    public int stop() throws InterruptedException {
        process.destroy();
        return waitFor();
    }

    /** Waits for a normal exit and returns its status. */
    public int waitFor() throws InterruptedException {
        int status = process.waitFor();
        reader.join();
        return status;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
