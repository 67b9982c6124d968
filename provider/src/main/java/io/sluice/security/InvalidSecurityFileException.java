package io.sluice.security;

import java.io.IOException;
import java.nio.file.Path;

/** A security file that breaks the format; the message starts with {@code <file>:<line>:}. */
public final class InvalidSecurityFileException extends IOException {

    private final transient Path file;
    private final int line;

    InvalidSecurityFileException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based. */
    public int line() {
        return line;
    }
}
