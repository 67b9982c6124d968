package io.sluice.selector;

import java.util.ArrayList;
import java.util.List;

/** Splits a selector into tokens, ending with an END token at the selector's length. */
final class Lexer {
    private final String selector;
    private final List<Token> tokens = new ArrayList<>();
    private int position;

    private Lexer(String selector) {
        this.selector = selector;
    }

    static List<Token> tokenize(String selector) throws SelectorSyntaxException {
        Lexer lexer = new Lexer(selector);
        lexer.run();
        return lexer.tokens;
    }

    /** Whitespace as in Java (JMS 3.8.1.1): space, tab, form feed and line terminators. */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r';
    }

    private void run() throws SelectorSyntaxException {
        while (true) {
            while (position < selector.length() && isWhitespace(selector.charAt(position))) {
                position++;
            }
            if (position == selector.length()) {
                tokens.add(new Token(TokenType.END, "", null, position, position));
                return;
            }
            Token token = next();
            tokens.add(token);
            position = token.end();
        }
    }

    private Token next() throws SelectorSyntaxException {
        char c = selector.charAt(position);
        if (NumberScanner.startsAt(selector, position)) {
            return NumberScanner.scan(selector, position);
        }
        if (Character.isJavaIdentifierStart(selector.codePointAt(position))) {
            return word();
        }
        return switch (c) {
            case '\'' -> string();
            case '(' -> symbol(TokenType.LEFT_PAREN, 1);
            case ')' -> symbol(TokenType.RIGHT_PAREN, 1);
            case ',' -> symbol(TokenType.COMMA, 1);
            case '+' -> symbol(TokenType.PLUS, 1);
            case '-' -> symbol(TokenType.MINUS, 1);
            case '*' -> symbol(TokenType.STAR, 1);
            case '/' -> symbol(TokenType.SLASH, 1);
            case '=' -> {
                if (lookingAt("==")) {
                    throw misspelled("==", "=");
                }
                yield symbol(TokenType.EQUAL, 1);
            }
            case '<' -> lookingAt("<>") ? symbol(TokenType.NOT_EQUAL, 2)
                    : lookingAt("<=") ? symbol(TokenType.LESS_OR_EQUAL, 2) : symbol(TokenType.LESS, 1);
            case '>' -> lookingAt(">=") ? symbol(TokenType.GREATER_OR_EQUAL, 2) : symbol(TokenType.GREATER, 1);
            case '!' -> throw lookingAt("!=") ? misspelled("!=", "<>") : misspelled("!", "NOT");
            case '&' -> throw misspelled(lookingAt("&&") ? "&&" : "&", "AND");
            case '|' -> throw misspelled(lookingAt("||") ? "||" : "|", "OR");
            case '"' -> throw error("string literals are enclosed in single quotes, not '\"'");
            default -> throw error("unexpected character " + quoteCharacter(selector.codePointAt(position)));
        };
    }

    private Token word() {
        int end = position + Character.charCount(selector.codePointAt(position));
        while (end < selector.length() && Character.isJavaIdentifierPart(selector.codePointAt(end))) {
            end += Character.charCount(selector.codePointAt(end));
        }
        String text = selector.substring(position, end);
        TokenType reserved = TokenType.reservedWord(text);
        return new Token(reserved != null ? reserved : TokenType.IDENTIFIER, text, null, position, end);
    }

    private Token string() throws SelectorSyntaxException {
        StringBuilder value = new StringBuilder();
        int i = position + 1;
        while (true) {
            int quote = selector.indexOf('\'', i);
            if (quote < 0) {
                throw error("string literal is not terminated (a quote inside a string is written '')");
            }
            value.append(selector, i, quote);
            if (quote + 1 < selector.length() && selector.charAt(quote + 1) == '\'') {
                value.append('\'');
                i = quote + 2;
            } else {
                return new Token(TokenType.STRING, selector.substring(position, quote + 1), value.toString(),
                        position, quote + 1);
            }
        }
    }

    private Token symbol(TokenType type, int length) {
        return new Token(type, selector.substring(position, position + length), null, position, position + length);
    }

    private SelectorSyntaxException misspelled(String found, String replacement) {
        return error("'" + found + "' is not a selector operator: use " + replacement);
    }

    private boolean lookingAt(String text) {
        return selector.startsWith(text, position);
    }

    private SelectorSyntaxException error(String problem) {
        return new SelectorSyntaxException(selector, position, problem);
    }

    private static String quoteCharacter(int codePoint) {
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)) {
            return String.format("U+%04X", codePoint);
        }
        return "'" + new String(Character.toChars(codePoint)) + "' (U+" + String.format("%04X", codePoint) + ")";
    }
}
