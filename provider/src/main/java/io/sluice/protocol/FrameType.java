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
    // client to server, local transactions on half messages (docs/protocol.md#transactions), answered
    TX_SEND(60),
    TX_COMMIT(61),
    TX_ROLLBACK(62),
    // client to server, XA branches (docs/protocol.md#transactions), answered by RESPONSE with an XA outcome
    XA_START(63),
    XA_END(64),
    XA_PREPARE(65),
    XA_COMMIT(66),
    XA_ROLLBACK(67),
    XA_RECOVER(68),
    XA_FORGET(69),
    XA_RM_ID(70),
    // client to server, check-back transactions of transactional producers (docs/protocol.md#check-back), answered
    CB_REGISTER(71),
    CB_UNREGISTER(72),
    CB_NEW(73),
    CB_STORED(74),
    CB_END(75),
    CB_IN_DOUBT(76),
    CB_RESOLVE(77),
    // administrative requests, answered like the others
    ADMIN_LIST(80),
    ADMIN_PURGE(81),
    ADMIN_RESET_LATEST(82),
    // client to server, never answered: the in-VM calls they stand for return nothing either
    CREDIT(20),
    RELEASE(21),
    // either way
    HEARTBEAT(30),
    // server to client
    RESPONSE(40),
    ERROR(41),
    DELIVERY(42),
    /** The broker asks a transactional producer about an undecided transaction; answered by a CB_END request. */
    CHECK(43);

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
