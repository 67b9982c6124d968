package io.sluice.message;

import jakarta.jms.MessageFormatRuntimeException;

/** An encoded message that cannot be decoded: truncated, corrupted, or written by an unknown format version. */
public final class MalformedPayloadException extends MessageFormatRuntimeException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    MalformedPayloadException(String problem, int offset) {
        super("malformed message payload at byte " + offset + ": " + problem);
        this.offset = offset;
    }

    /** Where in the payload the problem was found. */
    public int offset() {
        return offset;
    }
}
