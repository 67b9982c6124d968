package io.sluice.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Small metadata files replaced atomically: the new content goes to a temporary file which is fsynced,
 * renamed over the old one, and the directory is fsynced so the rename itself survives a crash. A
 * reader therefore sees either the old or the new file, never a torn one.
 */
final class AtomicFile {
    private static final String END_MARKER = "end";

    private AtomicFile() {
    }

    static void write(Path file, Properties content) throws IOException {
        Properties withMarker = new Properties();
        withMarker.putAll(content);
        withMarker.setProperty(END_MARKER, "true");
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            withMarker.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), null);
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        fsyncDirectory(file.toAbsolutePath().getParent());
    }

    /** The file's content, or null when it does not exist. */
    static Properties read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Properties content = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            content.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        if (content.remove(END_MARKER) == null) {
            throw new IOException("metadata file " + file + " is incomplete (no end marker); restore it from a backup");
        }
        return content;
    }

    static void delete(Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            fsyncDirectory(file.toAbsolutePath().getParent());
        }
    }

    static void fsyncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
