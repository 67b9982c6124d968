package io.sluice.selector;

import java.math.BigInteger;

/**
 * A numeric literal as scanned, in Java literal syntax (JMS 3.8.1.1): its value is computed by the parser, which
 * knows whether a unary minus precedes it ({@code -9223372036854775808} is a long although its magnitude is not).
 *
 * <p>Exact literals denote their mathematical value and become an Integer when it fits, else a Long (also with an
 * {@code L} suffix); unlike Java source, {@code 0xFFFFFFFF} is 4294967295, not -1. Approximate literals are Double,
 * or Float with an {@code F} suffix.
 */
final class NumericLiteral {
    private final String text;
    private final boolean approximate;
    private final int radix;
    private final String digits;
    private final boolean longSuffix;
    private final boolean floatSuffix;
    private final boolean nonZeroMantissa;

    private NumericLiteral(String text, boolean approximate, int radix, String digits, boolean longSuffix,
                           boolean floatSuffix, boolean nonZeroMantissa) {
        this.text = text;
        this.approximate = approximate;
        this.radix = radix;
        this.digits = digits;
        this.longSuffix = longSuffix;
        this.floatSuffix = floatSuffix;
        this.nonZeroMantissa = nonZeroMantissa;
    }

    /** An integer literal; {@code digits} are in {@code radix}, without prefix, underscores or suffix. */
    static NumericLiteral exact(String text, int radix, String digits, boolean longSuffix) {
        return new NumericLiteral(text, false, radix, digits, longSuffix, false, false);
    }

    /** A floating-point literal; {@code nonZeroMantissa} tells a value that underflowed from a written zero. */
    static NumericLiteral approximate(String text, boolean floatSuffix, boolean nonZeroMantissa) {
        return new NumericLiteral(text, true, 10, null, false, floatSuffix, nonZeroMantissa);
    }

    String text() {
        return text;
    }

    Number value(boolean negative) throws MalformedLiteralException {
        return approximate ? approximateValue(negative) : exactValue(negative);
    }

    private Number exactValue(boolean negative) throws MalformedLiteralException {
        BigInteger value = new BigInteger(digits, radix);
        if (negative) {
            value = value.negate();
        }
        if (value.bitLength() > 63) {
            throw new MalformedLiteralException("number " + signed(negative) + " is outside the range of a Java long");
        }
        if (!longSuffix && value.bitLength() <= 31) {
            return value.intValue();
        }
        return value.longValue();
    }

    private Number approximateValue(boolean negative) throws MalformedLiteralException {
        // Double.parseDouble and Float.parseFloat accept Java's syntax once the underscores are gone.
        String plain = (negative ? "-" : "") + text.replace("_", "");
        double magnitude;
        Number value;
        if (floatSuffix) {
            float f = Float.parseFloat(plain);
            magnitude = Math.abs(f);
            value = f;
        } else {
            double d = Double.parseDouble(plain);
            magnitude = Math.abs(d);
            value = d;
        }
        String type = floatSuffix ? "a Java float" : "a Java double";
        if (Double.isInfinite(magnitude)) {
            throw new MalformedLiteralException("number " + signed(negative) + " is outside the range of " + type);
        }
        if (magnitude == 0 && nonZeroMantissa) {
            throw new MalformedLiteralException("number " + signed(negative) + " is too small for " + type
                    + " and would be rounded to zero");
        }
        return value;
    }

    private String signed(boolean negative) {
        return negative ? "-" + text : text;
    }
}
