package io.sluice.message;

import jakarta.jms.MessageFormatException;

/**
 * The value conversions of the JMS specification: table 3.7 (StreamMessage and MapMessage) of which table
 * 3.2 (properties) is the subset without char and byte[]. A null value read as a primitive behaves like the
 * primitive's {@code valueOf((String) null)}, as the specification demands, so a missing int is a
 * NumberFormatException, a missing float a NullPointerException and a missing boolean {@code false}.
 */
final class ValueConversions {
    private ValueConversions() {
    }

    static boolean toBoolean(Object value) throws MessageFormatException {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value == null || value instanceof String) {
            return Boolean.valueOf((String) value);
        }
        throw unsupported(value, "boolean");
    }

    static byte toByte(Object value) throws MessageFormatException {
        if (value instanceof Byte b) {
            return b;
        }
        if (value == null || value instanceof String) {
            return Byte.valueOf((String) value);
        }
        throw unsupported(value, "byte");
    }

    static short toShort(Object value) throws MessageFormatException {
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).shortValue();
        }
        if (value == null || value instanceof String) {
            return Short.valueOf((String) value);
        }
        throw unsupported(value, "short");
    }

    static char toChar(Object value) throws MessageFormatException {
        if (value instanceof Character c) {
            return c;
        }
        if (value == null) {
            throw new NullPointerException("the value is null and a null cannot be read as a char");
        }
        throw unsupported(value, "char");
    }

    static int toInt(Object value) throws MessageFormatException {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value == null || value instanceof String) {
            return Integer.valueOf((String) value);
        }
        throw unsupported(value, "int");
    }

    static long toLong(Object value) throws MessageFormatException {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value == null || value instanceof String) {
            return Long.valueOf((String) value);
        }
        throw unsupported(value, "long");
    }

    static float toFloat(Object value) throws MessageFormatException {
        if (value instanceof Float f) {
            return f;
        }
        if (value == null || value instanceof String) {
            return Float.valueOf((String) value);
        }
        throw unsupported(value, "float");
    }

    static double toDouble(Object value) throws MessageFormatException {
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value == null || value instanceof String) {
            return Double.valueOf((String) value);
        }
        throw unsupported(value, "double");
    }

    static String toStringValue(Object value) throws MessageFormatException {
        if (value instanceof byte[]) {
            throw unsupported(value, "String");
        }
        return value == null ? null : value.toString();
    }

    /** A copy, so that the caller cannot change the stored array. */
    static byte[] toBytes(Object value) throws MessageFormatException {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        throw unsupported(value, "byte[]");
    }

    static String typeName(Object value) {
        return value instanceof byte[] ? "byte[]" : value.getClass().getSimpleName();
    }

    private static MessageFormatException unsupported(Object value, String target) {
        return new MessageFormatException("a " + typeName(value) + " value cannot be read as " + target
                + " (JMS value conversion rules)");
    }
}
