package io.sluice.message;

import jakarta.jms.MessageFormatException;

/** The values a MapMessage entry or StreamMessage field may hold: boxed primitives, String, byte[] and null. */
final class BodyValues {
    private BodyValues() {
    }

    /** The value to store: a copy for a byte[], so that the caller cannot change the message afterwards. */
    static Object checkedCopy(Object value, String where) throws MessageFormatException {
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Boolean || value instanceof Double || value instanceof Float
                || value instanceof Short || value instanceof Byte || value instanceof Character) {
            return value;
        }
        throw new MessageFormatException(where + " cannot hold a " + value.getClass().getName()
                + ": only boxed primitives, String and byte[] are allowed");
    }

    /** The value to hand out: a copy for a byte[], so that the caller cannot change the message. */
    static Object copyOut(Object value) {
        return value instanceof byte[] bytes ? bytes.clone() : value;
    }
}
