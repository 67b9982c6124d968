package io.sluice.benchmarks.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A directory on the disk under test (the working directory's file system), removed afterwards. */
final class ScratchDirectory implements AutoCloseable {

    final Path path;

    ScratchDirectory(String prefix) {
        try {
            Path root = Path.of(System.getProperty("sluice.bench.dir", "target")).toAbsolutePath();
            Files.createDirectories(root);
            path = Files.createTempDirectory(root, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
