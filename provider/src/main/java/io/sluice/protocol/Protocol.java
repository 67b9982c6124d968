package io.sluice.protocol;

/** Constants both ends of a network connection agree on; docs/protocol.md describes the frames. */
public final class Protocol {

    /** "SLCE": lets the server reject a peer that speaks another protocol before reading more. */
    public static final int MAGIC = 0x534C4345;
    public static final int VERSION = 1;
    /** Request id of frames that answer no request: deliveries, heartbeats, connection-level errors. */
    public static final int NO_REQUEST = 0;
    /** Length, type and request id: what a frame takes beyond its body. */
    public static final int FRAME_OVERHEAD_BYTES = 4 + 1 + 4;
    public static final int DEFAULT_MAX_FRAME_BYTES = 16 * 1024 * 1024;
    public static final long DEFAULT_HEARTBEAT_MILLIS = 10_000;
    /** A peer silent for this many heartbeat intervals is taken for dead. */
    public static final int MISSED_HEARTBEATS = 3;

    private Protocol() {
    }
}
