package io.sluice.selector;

import jakarta.jms.InvalidSelectorException;

/**
 * A message selector that cannot be compiled: its syntax is wrong, or it misuses a type in a way visible before
 * any message is seen ({@code 'abc' + 3}, {@code price LIKE 7}, {@code TRUE = 0}). The message says what is wrong
 * and where; {@link #column()} locates it for programs.
 */
public final class SelectorSyntaxException extends InvalidSelectorException {
    private static final long serialVersionUID = 1L;
    /** How many characters of the selector the message shows on each side of the problem. */
    private static final int CONTEXT = 60;

    private final String selector;
    private final int offset;
    private final String problem;

    SelectorSyntaxException(String selector, int offset, String problem) {
        super(describe(selector, offset, problem));
        this.selector = selector;
        this.offset = offset;
        this.problem = problem;
    }

    /** The selector text as given. */
    public String selector() {
        return selector;
    }

    /** Where the problem is: 1 for the first character, counting every character of the selector (line breaks too). */
    public int column() {
        return offset + 1;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    private static String describe(String selector, int offset, String problem) {
        // Line breaks and tabs are flattened so that the caret lines up under the offending character; a long
        // selector (a generated IN list, say) is cut to the neighbourhood of the problem.
        int from = Math.max(0, offset - CONTEXT);
        int to = Math.min(selector.length(), offset + CONTEXT);
        String before = from > 0 ? "..." : "";
        String after = to < selector.length() ? "..." : "";
        String excerpt = selector.substring(from, to).replaceAll("[\\t\\n\\r\\f]", " ");
        return problem + " at column " + (offset + 1) + " of selector\n" + before + excerpt + after + "\n"
                + " ".repeat(before.length() + offset - from) + "^";
    }
}
