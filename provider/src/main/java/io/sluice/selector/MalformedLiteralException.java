package io.sluice.selector;

/** A literal whose text is well-formed but whose value is not acceptable; the parser adds the location. */
final class MalformedLiteralException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedLiteralException(String problem) {
        super(problem, null, false, false);
    }
}
