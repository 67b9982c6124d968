package io.sluice.message;

import java.util.function.Supplier;

/** The six kinds of JMS message, with the code that identifies each in an encoded payload. */
public enum MessageType {
    MESSAGE(0, SluiceMessage::new),
    TEXT(1, SluiceTextMessage::new),
    BYTES(2, SluiceBytesMessage::new),
    MAP(3, SluiceMapMessage::new),
    OBJECT(4, SluiceObjectMessage::new),
    STREAM(5, SluiceStreamMessage::new);

    private static final MessageType[] BY_CODE = values();

    private final int code;
    private final Supplier<SluiceMessage> factory;

    MessageType(int code, Supplier<SluiceMessage> factory) {
        this.code = code;
        this.factory = factory;
    }

    int code() {
        return code;
    }

    SluiceMessage newMessage() {
        return factory.get();
    }

    /** @return null for an unknown code */
    static MessageType ofCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
