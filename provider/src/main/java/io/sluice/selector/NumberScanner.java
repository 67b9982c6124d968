package io.sluice.selector;

/**
 * Scans one numeric literal in Java syntax (JMS 3.8.1.1: exact literals use the Java integer literal syntax,
 * approximate ones the Java floating-point syntax): decimal, hexadecimal {@code 0x}, octal (a leading 0) and
 * binary {@code 0b} integers with an optional {@code L}; decimal floats such as {@code 7.}, {@code .5},
 * {@code -57.9E2}, {@code 1e10}, {@code 2.5F}, {@code 57.5D}; hexadecimal floats such as {@code 0x1.8p1};
 * underscores between digits.
 */
final class NumberScanner {
    private final String selector;
    private final int start;
    private int position;
    private boolean nonZeroMantissa;

    private NumberScanner(String selector, int start) {
        this.selector = selector;
        this.start = start;
        this.position = start;
    }

    /** True when a numeric literal starts at {@code offset}: a digit, or a point followed by a digit. */
    static boolean startsAt(String selector, int offset) {
        char c = selector.charAt(offset);
        return isDigit(c, 10) || c == '.' && offset + 1 < selector.length() && isDigit(selector.charAt(offset + 1), 10);
    }

    /** Scans the literal starting at {@code offset}; the token ends where the literal does. */
    static Token scan(String selector, int offset) throws SelectorSyntaxException {
        return new NumberScanner(selector, offset).scan();
    }

    private Token scan() throws SelectorSyntaxException {
        NumericLiteral literal;
        if (lookingAt("0x") || lookingAt("0X")) {
            literal = hexadecimal();
        } else if (lookingAt("0b") || lookingAt("0B")) {
            literal = binary();
        } else {
            literal = decimal();
        }
        // "12abc" or "1.2.3" would otherwise split into tokens that give a less helpful error later.
        if (position < selector.length() && (isIdentifierPart(position) || current() == '.')) {
            while (position < selector.length() && (isIdentifierPart(position) || current() == '.')) {
                position++;
            }
            throw malformed("is not a valid number");
        }
        requireUnderscoresBetweenDigits(literal.text());
        return new Token(TokenType.NUMBER, literal.text(), literal, start, position);
    }

    private NumericLiteral decimal() throws SelectorSyntaxException {
        int integerStart = position;
        skipDigits(10);
        int integerEnd = position;
        boolean approximate = false;
        if (at('.')) {
            approximate = true;
            position++;
            skipDigits(10);
        }
        if (at('e') || at('E')) {
            approximate = true;
            exponent();
        }
        if (at('f') || at('F') || at('d') || at('D')) {
            boolean isFloat = at('f') || at('F');
            position++;
            return NumericLiteral.approximate(text(), isFloat, nonZeroMantissa);
        }
        if (approximate) {
            return NumericLiteral.approximate(text(), false, nonZeroMantissa);
        }
        String digits = selector.substring(integerStart, integerEnd).replace("_", "");
        boolean longSuffix = at('l') || at('L');
        if (longSuffix) {
            position++;
        }
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            for (int i = 1; i < digits.length(); i++) {
                if (!isDigit(digits.charAt(i), 8)) {
                    throw malformed("is not a valid octal number (a leading 0 makes a number octal)");
                }
            }
            return NumericLiteral.exact(text(), 8, digits.substring(1), longSuffix);
        }
        return NumericLiteral.exact(text(), 10, digits, longSuffix);
    }

    private void exponent() throws SelectorSyntaxException {
        position++;
        if (at('+') || at('-')) {
            position++;
        }
        boolean mantissaHadNonZero = nonZeroMantissa;
        int digitsStart = position;
        skipDigits(10);
        nonZeroMantissa = mantissaHadNonZero; // exponent digits do not make the value non-zero
        if (position == digitsStart) {
            throw malformed("has an exponent without digits");
        }
    }

    private NumericLiteral hexadecimal() throws SelectorSyntaxException {
        position += 2;
        int digitsStart = position;
        skipDigits(16);
        int digitsEnd = position;
        if (at('.') || at('p') || at('P')) {
            boolean fraction = at('.');
            if (fraction) {
                position++;
                skipDigits(16);
            }
            if (position == digitsStart + (fraction ? 1 : 0)) {
                throw malformed("has no hexadecimal digits");
            }
            if (!(at('p') || at('P'))) {
                throw malformed("needs a binary exponent (p) to be a hexadecimal floating-point number");
            }
            exponent();
            boolean isFloat = at('f') || at('F');
            if (isFloat || at('d') || at('D')) {
                position++;
            }
            return NumericLiteral.approximate(text(), isFloat, nonZeroMantissa);
        }
        if (digitsEnd == digitsStart) {
            throw malformed("has no hexadecimal digits");
        }
        return exactWithSuffix(16, selector.substring(digitsStart, digitsEnd));
    }

    private NumericLiteral binary() throws SelectorSyntaxException {
        position += 2;
        int digitsStart = position;
        skipDigits(2);
        if (position == digitsStart) {
            throw malformed("has no binary digits");
        }
        return exactWithSuffix(2, selector.substring(digitsStart, position));
    }

    private NumericLiteral exactWithSuffix(int radix, String digits) {
        boolean longSuffix = at('l') || at('L');
        if (longSuffix) {
            position++;
        }
        return NumericLiteral.exact(text(), radix, digits.replace("_", ""), longSuffix);
    }

    private void skipDigits(int radix) {
        while (position < selector.length() && (isDigit(current(), radix) || current() == '_')) {
            if (current() != '0' && current() != '_') {
                nonZeroMantissa = true;
            }
            position++;
        }
    }

    /**
     * Java allows underscores only between digits: not first, last, or next to a point, exponent, prefix
     * ("0x_1": the x is no digit) or suffix.
     */
    private void requireUnderscoresBetweenDigits(String text) throws SelectorSyntaxException {
        int radix = text.length() > 1 && (text.charAt(1) == 'x' || text.charAt(1) == 'X') ? 16 : 10;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '_') {
                continue;
            }
            int before = i - 1;
            int after = i;
            while (after < text.length() && text.charAt(after) == '_') {
                after++;
            }
            if (before < 0 || after >= text.length() || !isDigit(text.charAt(before), radix)
                    || !isDigit(text.charAt(after), radix)) {
                throw malformed("has an underscore that is not between two digits");
            }
            i = after;
        }
    }

    private SelectorSyntaxException malformed(String problem) {
        return new SelectorSyntaxException(selector, start, "'" + text() + "' " + problem);
    }

    private String text() {
        return selector.substring(start, position);
    }

    private boolean lookingAt(String prefix) {
        return selector.startsWith(prefix, position);
    }

    private boolean at(char c) {
        return position < selector.length() && selector.charAt(position) == c;
    }

    private char current() {
        return selector.charAt(position);
    }

    private boolean isIdentifierPart(int offset) {
        return Character.isJavaIdentifierPart(selector.codePointAt(offset));
    }

    /** ASCII digits only: Character.digit would also accept Arabic-Indic and other digits. */
    static boolean isDigit(char c, int radix) {
        int value;
        if (c >= '0' && c <= '9') {
            value = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            value = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            value = c - 'A' + 10;
        } else {
            return false;
        }
        return value < radix;
    }
}
