package io.sluice.selector;

import jakarta.jms.InvalidSelectorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Invalid selectors: each is refused with an InvalidSelectorException that says what is wrong and where. */
class SelectorSyntaxErrorTest {

    @ParameterizedTest(name = "[{0}] fails at column {1}: {2}")
    @MethodSource({"structure", "lexical", "reservedWords", "numbers", "types", "predicates", "headerFields",
            "nesting"})
    void refused(String selector, int column, String problem) {
        SelectorSyntaxException error = catchThrowableOfType(SelectorSyntaxException.class,
                () -> Selector.parse(selector));
        assertThat(error).as("refused").isNotNull().isInstanceOf(InvalidSelectorException.class);
        assertThat(error.problem()).contains(problem);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.selector()).isEqualTo(selector);
        assertThat(error.getMessage()).startsWith(error.problem() + " at column " + column + " of selector\n");
    }

    static Stream<Arguments> structure() {
        return Stream.of(
                arguments("a =", 4, "expected an identifier, a literal or '(' but found the end of the selector"),
                arguments("a = 1)", 6, "expected AND, OR or the end of the selector but found ')'"),
                arguments("(a = 1", 7, "expected ')' to close the '(' at column 1 but found the end of the selector"),
                arguments("((a = 1) AND (b = 2)", 21, "expected ')' to close the '(' at column 1"),
                arguments("(a = 1 b)", 8, "expected ')' to close the '(' at column 1 but found identifier b"),
                arguments("a = ()", 6, "found ')'"),
                arguments("()", 2, "found ')'"),
                arguments("a = 1 b", 7, "expected AND, OR or the end of the selector but found identifier b"),
                arguments("a = 1 AND", 10, "but found the end of the selector"),
                arguments("a = 1 OR OR b", 10, "found OR, a reserved word that cannot be an identifier"),
                arguments("AND a = 1", 1, "found AND, a reserved word"),
                arguments("NOT", 4, "found the end of the selector"),
                arguments("a = 1, b = 2", 6, "found ','"),
                arguments("a = 1 = 2", 7, "comparisons cannot be chained"),
                arguments("a < b < c", 7, "comparisons cannot be chained"),
                arguments("a = 1 BETWEEN 0 AND 2", 7, "comparisons cannot be chained"),
                arguments("a BETWEEN 1 AND 2 BETWEEN 0 AND 1", 19, "comparisons cannot be chained"),
                arguments("a IS NULL IS NULL", 11, "comparisons cannot be chained"),
                arguments("a NOT = 1", 7, "expected BETWEEN, IN or LIKE after NOT but found '='"),
                arguments("a NOT NULL", 7, "expected BETWEEN, IN or LIKE after NOT but found NULL"),
                arguments("a = NOT b", 5, "found NOT"),
                arguments("a = 1\nAND", 10, "found the end of the selector"),
                arguments("=TEST 'test'", 1, "found '='"),
                arguments("rank > AND name = 'James'", 8, "found AND"),
                arguments("name NOT 'James'", 10, "expected BETWEEN, IN or LIKE after NOT"),
                arguments("prop1 = prop2 foo AND string = 'Test'", 15, "found identifier foo"),
                arguments("a = 1 AMD  b = 2", 7, "found identifier AMD"));
    }

    static Stream<Arguments> lexical() {
        return Stream.of(
                arguments("a = 'x", 5, "string literal is not terminated"),
                arguments("a = 'it''s", 5, "string literal is not terminated"),
                arguments("a # 1", 3, "unexpected character '#'"),
                arguments("a = 1\u00A0", 6, "unexpected character U+00A0"),
                arguments("a = \u0001", 5, "unexpected character U+0001"),
                arguments("a.b = 1", 2, "unexpected character '.'"),
                arguments("a = ?", 5, "unexpected character '?'"),
                arguments("a = \"x\"", 5, "string literals are enclosed in single quotes"),
                arguments("a == 1", 3, "'==' is not a selector operator: use ="),
                arguments("a != 1", 3, "'!=' is not a selector operator: use <>"),
                arguments("!a", 1, "'!' is not a selector operator: use NOT"),
                arguments("a && b", 3, "'&&' is not a selector operator: use AND"),
                arguments("a & b", 3, "'&' is not a selector operator: use AND"),
                arguments("a || b", 3, "'||' is not a selector operator: use OR"),
                // no SQL comments (JMS 3.8.1.1): "--" is two minus signs, so this is a - -comment, then "here"
                arguments("a = 1 -- comment here", 18, "found identifier here"),
                arguments("a = 1 /* comment */", 8, "found '*'"));
    }

    static Stream<Arguments> reservedWords() {
        return Stream.of("NULL = 0", "TRUE = 0", "FALSE = 0", "NOT = 0", "AND = 0", "OR = 0", "BETWEEN = 0",
                "LIKE = 0", "IN = 0", "IS = 0", "ESCAPE = 0", "and = 0", "Escape = 0", "x = between")
                .map(selector -> switch (selector) {
                    case "NULL = 0" -> arguments(selector, 1, "NULL can only be tested with IS NULL or IS NOT NULL");
                    case "TRUE = 0" -> arguments(selector, 6,
                            "'=' compares values of one type, but TRUE is a boolean and 0 is a number");
                    case "FALSE = 0" -> arguments(selector, 7, "FALSE is a boolean and 0 is a number");
                    case "NOT = 0" -> arguments(selector, 5, "found '='");
                    case "x = between" -> arguments(selector, 5, "found BETWEEN, a reserved word");
                    default -> arguments(selector, 1, "a reserved word that cannot be an identifier");
                });
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                arguments("a = 1e400", 5, "number 1e400 is outside the range of a Java double"),
                arguments("a = -1e400", 5, "number -1e400 is outside the range of a Java double"),
                arguments("a = 3.5e38F", 5, "number 3.5e38F is outside the range of a Java float"),
                arguments("a = 1e-400", 5, "number 1e-400 is too small for a Java double"),
                arguments("a = 1e-50f", 5, "is too small for a Java float"),
                arguments("a = 9223372036854775808", 5, "is outside the range of a Java long"),
                arguments("a = -9223372036854775809", 5, "number -9223372036854775809 is outside the range"),
                arguments("a = 0x10000000000000000", 5, "is outside the range of a Java long"),
                arguments("a = 0xFFFFFFFFFFFFFFFFL", 5, "is outside the range of a Java long"),
                arguments("a = 12abc", 5, "'12abc' is not a valid number"),
                arguments("a=1AND b=2", 3, "'1AND' is not a valid number"),
                arguments("a = 1.5L", 5, "'1.5L' is not a valid number"),
                arguments("a = 1L5", 5, "'1L5' is not a valid number"),
                arguments("a = 1.2.3", 5, "'1.2.3' is not a valid number"),
                arguments("a = 1e", 5, "'1e' has an exponent without digits"),
                arguments("a = 1e+", 5, "'1e+' has an exponent without digits"),
                arguments("a = 0x", 5, "'0x' has no hexadecimal digits"),
                arguments("a = 0x.p1", 5, "has no hexadecimal digits"),
                arguments("a = 0x1.8", 5, "needs a binary exponent (p)"),
                arguments("a = 0b", 5, "'0b' has no binary digits"),
                arguments("a = 0b2", 5, "has no binary digits"),
                arguments("a = 08", 5, "'08' is not a valid octal number"),
                arguments("a = 019L", 5, "is not a valid octal number"),
                arguments("a = 1_", 5, "has an underscore that is not between two digits"),
                arguments("a = 1__", 5, "underscore"),
                arguments("a = 0x_1", 5, "underscore"),
                arguments("a = 1_.5", 5, "underscore"),
                arguments("a = 1._5", 5, "underscore"),
                arguments("a = 1_e5", 5, "underscore"),
                arguments("a = 1_L", 5, "underscore"));
    }

    static Stream<Arguments> types() {
        return Stream.of(
                arguments("'abc' + 3 = 1", 1, "'+' needs numbers, but 'abc' is a string"),
                arguments("3 + 'abc' = 1", 5, "'+' needs numbers, but 'abc' is a string"),
                arguments("a * 'x' = 1", 5, "'*' needs numbers, but 'x' is a string"),
                arguments("a / TRUE = 1", 5, "'/' needs numbers, but TRUE is a boolean"),
                arguments("TRUE + 1 = 2", 1, "'+' needs numbers, but TRUE is a boolean"),
                arguments("a - (b = 1) = 2", 5, "'-' needs numbers, but (b = 1) is a boolean"),
                arguments("-'a' = 1", 2, "unary '-' needs a number, but 'a' is a string"),
                arguments("+FALSE = 1", 2, "unary '+' needs a number, but FALSE is a boolean"),
                arguments("NOT 5", 5, "NOT needs a condition, but 5 is a number"),
                arguments("NOT 'x'", 5, "NOT needs a condition, but 'x' is a string"),
                arguments("NOT (a + 1)", 5, "NOT needs a condition, but (a + 1) is a number"),
                arguments("5", 1, "a selector must be a condition, but 5 is a number"),
                arguments("a + 1", 1, "a selector must be a condition, but a + 1 is a number"),
                arguments("'abc'", 1, "a selector must be a condition, but 'abc' is a string"),
                arguments("(-a)", 1, "a selector must be a condition, but (-a) is a number"),
                arguments("JMSType", 1, "a selector must be a condition, but JMSType is a string"),
                arguments("a AND 5", 7, "AND needs conditions on both sides, but 5 is a number"),
                arguments("5 AND a", 1, "AND needs conditions on both sides, but 5 is a number"),
                arguments("'x' OR b", 1, "OR needs conditions on both sides, but 'x' is a string"),
                arguments("a OR b OR 1 + 2", 11, "OR needs conditions on both sides, but 1 + 2 is a number"),
                arguments("myProp > 'foo'", 10, "'>' compares numbers only, but 'foo' is a string"),
                arguments("myProp >= 'foo'", 11, "'>=' compares numbers only, but 'foo' is a string"),
                arguments("myProp < 'foo'", 10, "'<' compares numbers only, but 'foo' is a string"),
                arguments("myProp <= 'foo'", 11, "'<=' compares numbers only, but 'foo' is a string"),
                arguments("'foo' > TRUE ", 1, "'>' compares numbers only, but 'foo' is a string"),
                arguments("'foo' >= TRUE ", 1, "'>=' compares numbers only"),
                arguments("1 < TRUE", 5, "'<' compares numbers only, but TRUE is a boolean"),
                arguments("(a = 1) < 2", 1, "'<' compares numbers only, but (a = 1) is a boolean"),
                arguments("'a' = 1", 5, "'=' compares values of one type, but 'a' is a string and 1 is a number"),
                arguments("'a' <> TRUE", 5, "'<>' compares values of one type, but 'a' is a string and TRUE is a boolean"),
                arguments("(a > 1) = 'x'", 9, "(a > 1) is a boolean and 'x' is a string"),
                arguments("1 + 1 = 'two'", 7, "1 + 1 is a number and 'two' is a string"));
    }

    static Stream<Arguments> predicates() {
        return Stream.of(
                arguments("x BETWEEN 1 2", 13, "expected AND between the bounds of BETWEEN but found number 2"),
                arguments("x BETWEEN 1", 12, "expected AND between the bounds of BETWEEN but found the end"),
                arguments("myProp BETWEEN 'foo' and 'test'", 16, "BETWEEN compares numbers only, but 'foo' is a string"),
                arguments("x BETWEEN 1 AND 'z'", 17, "BETWEEN compares numbers only, but 'z' is a string"),
                arguments("'x' BETWEEN 1 AND 2", 1, "BETWEEN compares numbers only, but 'x' is a string"),
                arguments("x BETWEEN TRUE AND 2", 11, "but TRUE is a boolean"),
                arguments("x IN ('a',)", 11, "IN lists string literals only, but found ')'"),
                arguments("x IN ()", 7, "an IN list needs at least one string literal"),
                arguments("x IN ('a' 'b')", 11, "expected ',' or ')' in the IN list but found string 'b'"),
                arguments("x IN ('a'", 10, "expected ',' or ')' in the IN list but found the end"),
                arguments("myProp NOT IN (1,2,3)", 16, "IN lists string literals only, but found number 1"),
                arguments("x IN ('a', y)", 12, "IN lists string literals only, but found identifier y"),
                arguments("x IN ('a', NULL)", 12, "but found NULL"),
                arguments("x IN 'a'", 6, "expected '(' after IN but found string 'a'"),
                arguments("'x' IN ('x')", 1, "the left side of IN must be an identifier, not 'x'"),
                arguments("a + 1 IN ('x')", 1, "the left side of IN must be an identifier, not a + 1"),
                arguments("myProp LIKE 7", 13, "LIKE needs a string literal as its pattern, but found number 7"),
                arguments("x LIKE y", 8, "LIKE needs a string literal as its pattern, but found identifier y"),
                arguments("x LIKE", 7, "but found the end of the selector"),
                arguments("x LIKE 'a' ESCAPE 'ab'", 19,
                        "ESCAPE needs a string literal of exactly one character, but found string 'ab'"),
                arguments("x LIKE 'a' ESCAPE ''", 19, "ESCAPE needs a string literal of exactly one character"),
                arguments("x LIKE 'a' ESCAPE 5", 19, "exactly one character, but found number 5"),
                arguments("x LIKE 'a' ESCAPE", 18, "but found the end of the selector"),
                arguments("x LIKE 'a\\' ESCAPE '\\'", 8, "LIKE pattern 'a\\' ends with the escape character"),
                arguments("x LIKE '\\a' ESCAPE '\\'", 8,
                        "the escape character is followed by 'a'; it may only precede '_', '%' or itself"),
                arguments("x LIKE '!!!' ESCAPE '!'", 8, "ends with the escape character"),
                arguments("5 LIKE '5'", 1, "the left side of LIKE must be an identifier, not 5"),
                arguments("'a' NOT LIKE 'a'", 1, "the left side of LIKE must be an identifier, not 'a'"),
                arguments("a IS 5", 6, "expected NULL or NOT NULL after IS but found number 5"),
                arguments("a IS", 5, "expected NULL or NOT NULL after IS but found the end"),
                arguments("a IS NOT", 9, "expected NULL after IS NOT but found the end of the selector"),
                arguments("a IS NOT TRUE", 10, "expected NULL after IS NOT but found TRUE"),
                arguments("5 IS NULL", 1, "the left side of IS must be an identifier, not 5"),
                arguments("a / 0 IS NULL", 1, "the left side of IS must be an identifier, not a / 0"),
                arguments("NULL IS NULL", 1, "NULL can only be tested with IS NULL or IS NOT NULL"),
                arguments("a = NULL", 5, "NULL can only be tested with IS NULL or IS NOT NULL"),
                arguments("a <> null", 6, "NULL can only be tested"));
    }

    static Stream<Arguments> headerFields() {
        return Stream.of(
                arguments("JMSDestination = 'q'", 1, "header field JMSDestination cannot be used in a selector"),
                arguments("JMSReplyTo IS NULL", 1, "header field JMSReplyTo cannot be used in a selector"),
                arguments("a = 1 AND JMSRedelivered = TRUE", 11, "header field JMSRedelivered cannot be used"),
                arguments("JMSExpiration > 0", 1, "only JMSDeliveryMode, JMSPriority, JMSMessageID, JMSTimestamp, "
                        + "JMSCorrelationID and JMSType can"),
                arguments("JMSDeliveryTime > 0", 1, "header field JMSDeliveryTime cannot be used"),
                arguments("JMSPriority LIKE '1%'", 1, "LIKE applies to strings only, but JMSPriority is a number"),
                arguments("JMSTimestamp IN ('1')", 1, "IN applies to strings only, but JMSTimestamp is a number"),
                arguments("JMSPriority = 'high'", 13,
                        "'=' compares values of one type, but JMSPriority is a number and 'high' is a string"),
                arguments("JMSDeliveryMode = 2", 17, "JMSDeliveryMode is a string and 2 is a number"),
                arguments("JMSType > 1", 1, "'>' compares numbers only, but JMSType is a string"),
                arguments("JMSMessageID + 1 = 2", 1, "'+' needs numbers, but JMSMessageID is a string"),
                arguments("JMSCorrelationID BETWEEN 1 AND 2", 1, "BETWEEN compares numbers only"),
                arguments("NOT JMSPriority", 5, "NOT needs a condition, but JMSPriority is a number"));
    }

    static Stream<Arguments> nesting() {
        int depth = Parser.MAX_DEPTH;
        return Stream.of(
                arguments("(".repeat(depth + 50) + "a" + ")".repeat(depth + 50), depth + 1, "nested too deeply"),
                arguments("NOT ".repeat(depth + 50) + "a", 4 * depth + 1, "nested too deeply"),
                arguments("-".repeat(depth + 50) + "a = 1", depth + 1, "nested too deeply"),
                // a long chain nests the tree without nesting the text: the MAX_DEPTH-th '+' makes it one level too deep
                arguments("a" + " + a".repeat(depth + 50) + " = 1", 4 * depth - 1, "nested too deeply"));
    }

    @Test
    void nestingUpToTheLimitIsAccepted() throws Exception {
        int depth = Parser.MAX_DEPTH;
        TestMessages.MapMessage message = TestMessages.message("a", true);
        assertThat(Selector.parse("(".repeat(depth) + "a" + ")".repeat(depth)).matches(message)).isTrue();
        // the NOTs and the identifier make a tree exactly as deep as allowed
        assertThat(Selector.parse("NOT NOT ".repeat((depth - 2) / 2) + "NOT a").matches(message)).isFalse();
        assertThat(catchThrowableOfType(SelectorSyntaxException.class,
                () -> Selector.parse("NOT ".repeat(depth) + "a")).column()).isEqualTo(1);
    }

    @Test
    void messageShowsTheSelectorWithACaretUnderTheProblem() {
        SelectorSyntaxException error = catchThrowableOfType(SelectorSyntaxException.class,
                () -> Selector.parse("color = 'red' AND\n\tsize > 'big'"));
        assertThat(error.getMessage()).isEqualTo("""
                '>' compares numbers only, but 'big' is a string at column 27 of selector
                color = 'red' AND  size > 'big'
                                          ^""");
    }

    @Test
    void messageOfALongSelectorShowsTheNeighbourhoodOfTheProblem() {
        String list = "'v', ".repeat(100);
        String selector = "x IN (" + list + "5, " + list + "'w')";
        SelectorSyntaxException error = catchThrowableOfType(SelectorSyntaxException.class,
                () -> Selector.parse(selector));
        assertThat(error.column()).isEqualTo(7 + list.length());
        String[] lines = error.getMessage().split("\n");
        assertThat(lines[0]).isEqualTo("IN lists string literals only, but found number 5 at column 507 of selector");
        assertThat(lines[1]).hasSize(3 + 120 + 3).startsWith("...").endsWith("...").contains("'v', 5, 'v'");
        assertThat(lines[2]).hasSize(3 + 60 + 1).endsWith("^");
        assertThat(lines[1].charAt(lines[2].length() - 1)).isEqualTo('5');
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a = 1) AND (b = 2)", "a IN ('x', 'y')", "JMSCorrelationID LIKE 'c%'", "NOT NOT a",
            "a = -9223372036854775808", "x = 0x7FFFFFFFFFFFFFFF", "JMSPriority = 4.0"})
    void acceptedNearMisses(String selector) {
        assertThat(TestMessages.compile(selector).expression()).isEqualTo(selector);
    }
}
