package io.sluice.selector;

import java.util.Locale;

/**
 * One token of a selector. {@code value} is the unquoted text of a STRING and the {@link NumericLiteral} of a
 * NUMBER; {@code offset} and {@code end} delimit the token's text in the selector.
 */
record Token(TokenType type, String text, Object value, int offset, int end) {

    /** How the token is named in an error message. */
    String describe() {
        return switch (type) {
            case END -> "the end of the selector";
            case IDENTIFIER -> "identifier " + text;
            case STRING -> "string " + text;
            case NUMBER -> "number " + text;
            default -> type.isReservedWord() ? text.toUpperCase(Locale.ROOT) : "'" + text + "'";
        };
    }
}
