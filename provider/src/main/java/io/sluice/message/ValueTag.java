package io.sluice.message;

/** The one-byte tags of typed values (properties, map entries, stream fields) in an encoded message. */
final class ValueTag {
    static final int NULL = 0;
    static final int FALSE = 1;
    static final int TRUE = 2;
    static final int BYTE = 3;
    static final int SHORT = 4;
    static final int CHAR = 5;
    static final int INT = 6;
    static final int LONG = 7;
    static final int FLOAT = 8;
    static final int DOUBLE = 9;
    static final int STRING = 10;
    static final int BYTES = 11;

    private ValueTag() {
    }
}
