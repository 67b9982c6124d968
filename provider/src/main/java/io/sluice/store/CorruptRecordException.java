package io.sluice.store;

import java.nio.file.Path;

/** A record whose bytes do not match their checksum or whose header is impossible. */
public final class CorruptRecordException extends StoreException {
    private final Path file;
    private final long position;

    public CorruptRecordException(Path file, long position, String problem) {
        super("corrupt record at log position " + position + " in " + file + ": " + problem);
        this.file = file;
        this.position = position;
    }

    public Path file() {
        return file;
    }

    public long position() {
        return position;
    }
}
