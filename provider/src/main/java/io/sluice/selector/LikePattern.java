package io.sluice.selector;

import java.util.Arrays;

/**
 * A compiled LIKE pattern (JMS 3.8.1.1): '_' stands for any one character, '%' for any sequence of characters,
 * the escape character makes the next '_', '%' or escape character stand for itself. Characters are Unicode code
 * points, so '_' matches an emoji written as a surrogate pair.
 *
 * <p>No regular expression is involved: patterns without wildcards in the middle become equals, startsWith,
 * endsWith or contains; the others run a two-pointer wildcard match that backtracks only to the last '%', so it
 * takes at most (pattern length x value length) steps, whatever the pattern.
 */
abstract class LikePattern {
    private static final int ANY_SEQUENCE = -1;
    private static final int ANY_CHARACTER = -2;

    private final String source;

    private LikePattern(String source) {
        this.source = source;
    }

    /**
     * @param escape the escape character as a code point, or -1 for none
     * @throws MalformedLiteralException when an escape character is not followed by '_', '%' or itself, as SQL-92
     *                                   requires
     */
    static LikePattern compile(String pattern, int escape) throws MalformedLiteralException {
        String source = Literal.quote(pattern)
                + (escape < 0 ? "" : " ESCAPE " + Literal.quote(new String(Character.toChars(escape))));
        int[] elements = elements(pattern, escape);
        int wildcardsAtStart = 0;
        while (wildcardsAtStart < elements.length && elements[wildcardsAtStart] == ANY_SEQUENCE) {
            wildcardsAtStart++;
        }
        int end = elements.length;
        boolean sequenceAtEnd = end > wildcardsAtStart && elements[end - 1] == ANY_SEQUENCE;
        if (sequenceAtEnd) {
            end--;
        }
        for (int i = wildcardsAtStart; i < end; i++) {
            if (elements[i] < 0) {
                return new Wildcard(source, elements);
            }
        }
        String literal = new String(elements, wildcardsAtStart, end - wildcardsAtStart);
        boolean sequenceAtStart = wildcardsAtStart > 0;
        if (sequenceAtStart && (sequenceAtEnd || literal.isEmpty())) {
            return new Contains(source, literal);
        }
        if (sequenceAtStart) {
            return new Suffix(source, literal);
        }
        return sequenceAtEnd ? new Prefix(source, literal) : new Exact(source, literal);
    }

    /** The pattern as code points and wildcard markers, with escapes resolved and runs of '%' collapsed. */
    private static int[] elements(String pattern, int escape) throws MalformedLiteralException {
        int[] elements = new int[pattern.length()];
        int count = 0;
        for (int i = 0; i < pattern.length(); ) {
            int c = pattern.codePointAt(i);
            i += Character.charCount(c);
            int element;
            if (c == escape) {
                if (i == pattern.length()) {
                    throw new MalformedLiteralException("LIKE pattern " + Literal.quote(pattern)
                            + " ends with the escape character");
                }
                element = pattern.codePointAt(i);
                if (element != '%' && element != '_' && element != escape) {
                    throw new MalformedLiteralException("in LIKE pattern " + Literal.quote(pattern)
                            + " the escape character is followed by '" + new String(Character.toChars(element))
                            + "'; it may only precede '_', '%' or itself");
                }
                i += Character.charCount(element);
            } else if (c == '%') {
                element = ANY_SEQUENCE;
            } else if (c == '_') {
                element = ANY_CHARACTER;
            } else {
                element = c;
            }
            if (element != ANY_SEQUENCE || count == 0 || elements[count - 1] != ANY_SEQUENCE) {
                elements[count++] = element;
            }
        }
        return Arrays.copyOf(elements, count);
    }

    abstract boolean matches(String value);

    @Override
    public final String toString() {
        return source;
    }

    private static final class Exact extends LikePattern {
        private final String literal;

        Exact(String source, String literal) {
            super(source);
            this.literal = literal;
        }

        @Override
        boolean matches(String value) {
            return value.equals(literal);
        }
    }

    private static final class Prefix extends LikePattern {
        private final String literal;

        Prefix(String source, String literal) {
            super(source);
            this.literal = literal;
        }

        @Override
        boolean matches(String value) {
            return value.startsWith(literal);
        }
    }

    private static final class Suffix extends LikePattern {
        private final String literal;

        Suffix(String source, String literal) {
            super(source);
            this.literal = literal;
        }

        @Override
        boolean matches(String value) {
            return value.endsWith(literal);
        }
    }

    private static final class Contains extends LikePattern {
        private final String literal;

        Contains(String source, String literal) {
            super(source);
            this.literal = literal;
        }

        @Override
        boolean matches(String value) {
            return value.contains(literal);
        }
    }

    /** Any pattern with '_', or with '%' between literal characters. */
    private static final class Wildcard extends LikePattern {
        private final int[] elements;

        Wildcard(String source, int[] elements) {
            super(source);
            this.elements = elements;
        }

        @Override
        boolean matches(String value) {
            int element = 0;
            int position = 0;
            int lastSequence = -1;     // index of the last '%' met, to backtrack to
            int sequenceResume = 0;    // where the value resumes when that '%' swallows one more character
            while (position < value.length()) {
                if (element < elements.length && elements[element] == ANY_SEQUENCE) {
                    lastSequence = element++;
                    sequenceResume = position;
                    continue;
                }
                int c = value.codePointAt(position);
                if (element < elements.length && (elements[element] == ANY_CHARACTER || elements[element] == c)) {
                    element++;
                    position += Character.charCount(c);
                } else if (lastSequence >= 0) {
                    element = lastSequence + 1;
                    sequenceResume += Character.charCount(value.codePointAt(sequenceResume));
                    position = sequenceResume;
                } else {
                    return false;
                }
            }
            while (element < elements.length && elements[element] == ANY_SEQUENCE) {
                element++;
            }
            return element == elements.length;
        }
    }
}
