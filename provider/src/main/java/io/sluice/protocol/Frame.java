package io.sluice.protocol;

/** One protocol frame: its type, the request it belongs to ({@link Protocol#NO_REQUEST} if none) and its body. */
public record Frame(FrameType type, int requestId, byte[] body) {

    private static final byte[] EMPTY = new byte[0];

    public static Frame of(FrameType type, int requestId) {
        return new Frame(type, requestId, EMPTY);
    }

    public FrameReader reader() {
        return new FrameReader(body);
    }
}
