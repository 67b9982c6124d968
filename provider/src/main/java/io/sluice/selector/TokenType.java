package io.sluice.selector;

/** The kinds of token of a message selector (JMS 3.8.1.1). */
enum TokenType {
    IDENTIFIER, STRING, NUMBER,
    // reserved words: case-insensitive, never identifiers
    NULL, TRUE, FALSE, NOT, AND, OR, BETWEEN, LIKE, IN, IS, ESCAPE,
    LEFT_PAREN, RIGHT_PAREN, COMMA,
    EQUAL, NOT_EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL,
    PLUS, MINUS, STAR, SLASH,
    END;

    boolean isReservedWord() {
        return compareTo(NULL) >= 0 && compareTo(ESCAPE) <= 0;
    }

    /** The reserved word spelled by {@code word} in any case, or null when it is none. */
    static TokenType reservedWord(String word) {
        // Only ASCII spellings count: toUpperCase would turn the dotless 'ı' of "ın" into the keyword IN.
        if (word.length() > 7) {
            return null;
        }
        StringBuilder upper = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'a' && c <= 'z') {
                upper.append((char) (c - 'a' + 'A'));
            } else if (c >= 'A' && c <= 'Z') {
                upper.append(c);
            } else {
                return null;
            }
        }
        for (TokenType type : values()) {
            if (type.isReservedWord() && type.name().contentEquals(upper)) {
                return type;
            }
        }
        return null;
    }
}
