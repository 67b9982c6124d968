package io.sluice.protocol;

/** The kind of a frame, its first byte after the length. */
public enum FrameType {
    // client to server, each answered by RESPONSE or ERROR with the same request id
    HELLO(1),
    SET_CLIENT_ID(2),
    CREATE_SESSION(3),
    CLOSE_SESSION(4),
    CHECK_SEND(5),
    SEND(6),
    CREATE_CONSUMER(7),
    CLOSE_CONSUMER(8),
    BROWSE(9),
    HAS_BACKLOG(10),
    ACK(11),
    CREATE_TEMPORARY_NAME(12),
    DECLARE_TEMPORARY(13),
    DELETE_TEMPORARY(14),
    UNSUBSCRIBE(15),
    GOODBYE(16),
    // administrative requests, answered like the others
    ADMIN_LIST(60),
    ADMIN_PURGE(61),
    ADMIN_RESET_LATEST(62),
    // client to server, never answered: the in-VM calls they stand for return nothing either
    CREDIT(20),
    RELEASE(21),
    // either way
    HEARTBEAT(30),
    // server to client
    RESPONSE(40),
    ERROR(41),
    DELIVERY(42);

    private static final FrameType[] BY_CODE = new FrameType[128];

    static {
        for (FrameType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final byte code;

    FrameType(int code) {
        this.code = (byte) code;
    }

    public byte code() {
        return code;
    }

    /** @throws ProtocolException for a code no frame type has */
    public static FrameType of(byte code) throws ProtocolException {
        FrameType type = code >= 0 ? BY_CODE[code] : null;
        if (type == null) {
            throw new ProtocolException("unknown frame type " + code);
        }
        return type;
    }
}
