package io.sluice.message;

import org.junit.jupiter.params.provider.Arguments;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static java.util.EnumSet.of;

/**
 * The value types of JMS tables 3.2 (properties) and 3.7 (StreamMessage and MapMessage), with the cells the
 * specification marks, written out as in the specification rather than derived from the implementation.
 */
enum ValueKind {
    BOOLEAN(true),
    BYTE((byte) 12),
    SHORT((short) 1234),
    CHAR('x'),
    INT(123456),
    LONG(12345678901L),
    FLOAT(1.5f),
    DOUBLE(2.25d),
    STRING("12"),
    BYTES(new byte[] {1, 2, 3});

    /** Table 3.7: a value written as the key can be read as the kinds in the value. */
    static final Map<ValueKind, Set<ValueKind>> TABLE_3_7 = Map.of(
            BOOLEAN, of(BOOLEAN, STRING),
            BYTE, of(BYTE, SHORT, INT, LONG, STRING),
            SHORT, of(SHORT, INT, LONG, STRING),
            CHAR, of(CHAR, STRING),
            INT, of(INT, LONG, STRING),
            LONG, of(LONG, STRING),
            FLOAT, of(FLOAT, DOUBLE, STRING),
            DOUBLE, of(DOUBLE, STRING),
            STRING, of(BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, STRING),
            BYTES, of(BYTES));

    /** Table 3.2: the same without char and byte[], which properties cannot hold. */
    static final Set<ValueKind> PROPERTY_KINDS = EnumSet.of(BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, STRING);

    final Object sample;

    ValueKind(Object sample) {
        this.sample = sample;
    }

    /** What reading the sample of {@code written} as {@code read} gives when the cell is marked. */
    static Object converted(ValueKind written, ValueKind read) {
        Object sample = written.sample;
        if (sample instanceof String s) {
            return switch (read) {
                case BOOLEAN -> Boolean.valueOf(s);
                case BYTE -> Byte.valueOf(s);
                case SHORT -> Short.valueOf(s);
                case INT -> Integer.valueOf(s);
                case LONG -> Long.valueOf(s);
                case FLOAT -> Float.valueOf(s);
                case DOUBLE -> Double.valueOf(s);
                case STRING -> s;
                default -> throw new IllegalArgumentException("unmarked cell");
            };
        }
        return switch (read) {
            case SHORT -> ((Number) sample).shortValue();
            case INT -> ((Number) sample).intValue();
            case LONG -> ((Number) sample).longValue();
            case DOUBLE -> ((Number) sample).doubleValue();
            case STRING -> String.valueOf(sample);
            default -> sample;
        };
    }

    static Stream<Arguments> table37Cells() {
        return cells(EnumSet.allOf(ValueKind.class));
    }

    static Stream<Arguments> table32Cells() {
        return cells(PROPERTY_KINDS);
    }

    private static Stream<Arguments> cells(Set<ValueKind> kinds) {
        List<Arguments> cells = new ArrayList<>();
        for (ValueKind written : kinds) {
            for (ValueKind read : kinds) {
                cells.add(Arguments.of(written, read, TABLE_3_7.get(written).contains(read)));
            }
        }
        return cells.stream();
    }
}
