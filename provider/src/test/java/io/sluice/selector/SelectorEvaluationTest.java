package io.sluice.selector;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static io.sluice.selector.TestMessages.message;
import static io.sluice.selector.TestMessages.truthOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every construct of JMS 3.8.1.1 evaluated on messages, with its three-valued result: TRUE matches, FALSE and
 * UNKNOWN do not (told apart by evaluating the negation too).
 */
class SelectorEvaluationTest {
    private static final String TRUE = "TRUE";
    private static final String FALSE = "FALSE";
    private static final String UNKNOWN = "UNKNOWN";

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @MethodSource({"literals", "identifiers", "whitespace"})
    void literalsIdentifiersAndWhitespace(String selector, TestMessages.MapMessage message, String expected) {
        assertThat(truthOf(selector, message)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @MethodSource({"comparisons", "arithmetic"})
    void comparisonsAndArithmetic(String selector, TestMessages.MapMessage message, String expected) {
        assertThat(truthOf(selector, message)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @MethodSource({"between", "in", "like", "nullTests"})
    void predicates(String selector, TestMessages.MapMessage message, String expected) {
        assertThat(truthOf(selector, message)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @MethodSource("headerFields")
    void headerFields(String selector, TestMessages.MapMessage message, String expected) {
        assertThat(truthOf(selector, message)).isEqualTo(expected);
    }

    static Stream<Arguments> literals() {
        return Stream.of(
                arguments("s = 'literal'", message("s", "literal"), TRUE),
                arguments("s = 'literal''s'", message("s", "literal's"), TRUE),
                arguments("s = ''''", message("s", "'"), TRUE),
                arguments("s = ''", message("s", ""), TRUE),
                arguments("s = ' padded '", message("s", "padded"), FALSE),
                arguments("s = 'Grüße 日本 😀'", message("s", "Grüße 日本 😀"), TRUE),
                arguments("s = 'Literal'", message("s", "literal"), FALSE),
                arguments("n = 57", message("n", 57), TRUE),
                arguments("n = -957", message("n", -957L), TRUE),
                arguments("n = +62", message("n", (short) 62), TRUE),
                arguments("n = 2147483648", message("n", 2147483648L), TRUE),
                arguments("n = -2147483648", message("n", Integer.MIN_VALUE), TRUE),
                arguments("n = -9223372036854775808L", message("n", Long.MIN_VALUE), TRUE),
                arguments("n = -9223372036854775808", message("n", Long.MIN_VALUE), TRUE),
                arguments("n = 9223372036854775807", message("n", Long.MAX_VALUE), TRUE),
                arguments("n = 9223372036854775807l", message("n", Long.MAX_VALUE), TRUE),
                arguments("n = 035", message("n", 29), TRUE),
                arguments("n = 0", message("n", 0), TRUE),
                arguments("n = 00", message("n", 0), TRUE),
                arguments("n = 0x1d", message("n", 29L), TRUE),
                arguments("n = 0X1D", message("n", 29), TRUE),
                arguments("n = 0xFFFFFFFF", message("n", 4294967295L), TRUE),
                arguments("n = 0x7fffffffffffffffL", message("n", Long.MAX_VALUE), TRUE),
                arguments("n = -0x8000000000000000", message("n", Long.MIN_VALUE), TRUE),
                arguments("n = 0b11101", message("n", 29), TRUE),
                arguments("n = 1_000_000", message("n", 1_000_000), TRUE),
                arguments("n = 0x1_F", message("n", 31), TRUE),
                arguments("n = 0_7", message("n", 7), TRUE),
                arguments("d = 7E3", message("d", 7000.0), TRUE),
                arguments("d = -57.9E2", message("d", -5790.0), TRUE),
                arguments("d = -57.9E3", message("d", -57900.0), TRUE),
                arguments("d = 7.", message("d", 7.0), TRUE),
                arguments("d = 7000.", message("d", 7000.0), TRUE),
                arguments("d = -95.7", message("d", -95.7), TRUE),
                arguments("d = +6.2", message("d", 6.2), TRUE),
                arguments("d = .5", message("d", 0.5), TRUE),
                arguments("d = .7e4", message("d", 7000.0), TRUE),
                arguments("d = 1e10", message("d", 1e10), TRUE),
                arguments("d = 1E+10", message("d", 1e10), TRUE),
                arguments("d = 25e-1", message("d", 2.5), TRUE),
                arguments("d = 57.5D", message("d", 57.5), TRUE),
                arguments("d = 57d", message("d", 57.0), TRUE),
                arguments("d = 09.5", message("d", 9.5), TRUE),
                arguments("d = 1_0.2_5", message("d", 10.25), TRUE),
                arguments("d = 0x1.8p1", message("d", 3.0), TRUE),
                arguments("d = 0x1P-1", message("d", 0.5), TRUE),
                arguments("d = 1.7976931348623157E308", message("d", Double.MAX_VALUE), TRUE),
                arguments("d = 4.9E-324", message("d", Double.MIN_VALUE), TRUE),
                // a float literal is rounded to float, so it equals a float property exactly
                arguments("f = 1.1F", message("f", 1.1f), TRUE),
                arguments("f = 1.1f", message("f", 1.1f), TRUE),
                // ...whereas the double 1.1 is not the float 1.1 widened (Java numeric promotion)
                arguments("f = 1.1", message("f", 1.1f), FALSE),
                arguments("f = 2.5", message("f", 2.5f), TRUE),
                arguments("b = TRUE", message("b", true), TRUE),
                arguments("b = true", message("b", true), TRUE),
                arguments("b = False", message("b", false), TRUE),
                arguments("b = FALSE", message("b", true), FALSE),
                arguments("TRUE", message(), TRUE),
                arguments("FALSE", message(), FALSE),
                arguments("TRUE OR (FALSE AND FALSE)", message(), TRUE));
    }

    static Stream<Arguments> identifiers() {
        return Stream.of(
                arguments("$myProp = TRUE AND _myProp = FALSE", message("$myProp", true, "_myProp", false), TRUE),
                arguments("myProp = TRUE AND MYpROP = FALSE", message("myProp", true, "MYpROP", false), TRUE),
                arguments("myProp = TRUE", message("MYPROP", true), UNKNOWN),
                arguments("a1_$b = 1", message("a1_$b", 1), TRUE),
                arguments("données = 'x'", message("données", "x"), TRUE),
                arguments("日本 = 1", message("日本", 1), TRUE),
                // reserved words inside identifiers, and look-alikes that are not ASCII
                arguments("ANDY = 1 AND ORDER = 2 AND isnull = 3 AND INx = 4 AND nullable = 5",
                        message("ANDY", 1, "ORDER", 2, "isnull", 3, "INx", 4, "nullable", 5), TRUE),
                arguments("ın = 'dotless'", message("ın", "dotless"), TRUE),
                // a property used as a condition
                arguments("flag", message("flag", true), TRUE),
                arguments("flag", message("flag", false), FALSE),
                arguments("flag", message(), UNKNOWN),
                arguments("flag", message("flag", "true"), UNKNOWN),
                arguments("flag", message("flag", 1), UNKNOWN),
                arguments("(flag)", message("flag", true), TRUE),
                // JMSX and provider properties are ordinary properties
                arguments("JMSXDeliveryCount > 1", message("JMSXDeliveryCount", 2), TRUE),
                arguments("JMSXGroupID = 'g'", message("JMSXGroupID", "g"), TRUE),
                arguments("JMSXUnknown IS NULL", message(), TRUE),
                arguments("JMS_Sluice_Origin = 'vm'", message("JMS_Sluice_Origin", "vm"), TRUE),
                // JMS 3.8.1.1: an absent property is NULL
                arguments("NumberOfOrders > 1", message(), UNKNOWN),
                // the conversions of the getters do not apply: a string is not a number
                arguments("NumberOfOrders > 1", message("NumberOfOrders", "2"), FALSE),
                // values of no JMS property type compare with nothing
                arguments("c = 'x'", message("c", 'x'), FALSE),
                arguments("n = 1", message("n", new java.math.BigDecimal("1")), FALSE));
    }

    static Stream<Arguments> whitespace() {
        return Stream.of(
                arguments("JMSType   =   'foo'", message("JMSType", "foo"), TRUE),
                arguments("JMSType\t=\t'foo'", message("JMSType", "foo"), TRUE),
                arguments("JMSType\f=\f'foo'", message("JMSType", "foo"), TRUE),
                arguments("JMSType\n= \n'foo'", message("JMSType", "foo"), TRUE),
                arguments("\r\nJMSType\r=\r\n'foo'\n", message("JMSType", "foo"), TRUE),
                arguments("(a=1)AND(b=2)", message("a", 1, "b", 2), TRUE),
                arguments("a<>1", message("a", 2), TRUE),
                arguments("a>=1", message("a", 1), TRUE));
    }

    static Stream<Arguments> comparisons() {
        return Stream.of(
                arguments("n = 5", message("n", 5), TRUE),
                arguments("n <> 5", message("n", 5), FALSE),
                arguments("n <> 5", message("n", 6), TRUE),
                arguments("n < 5", message("n", 4), TRUE),
                arguments("n < 5", message("n", 5), FALSE),
                arguments("n <= 5", message("n", 5), TRUE),
                arguments("n <= 5", message("n", 6), FALSE),
                arguments("n > 5", message("n", 6), TRUE),
                arguments("n > 5", message("n", 5), FALSE),
                arguments("n >= 5", message("n", 5), TRUE),
                arguments("n >= 5", message("n", 4), FALSE),
                arguments("5 = n", message("n", 5), TRUE),
                arguments("5 < n", message("n", 6), TRUE),
                // every numeric type, promoted as Java does
                arguments("n = 7", message("n", (byte) 7), TRUE),
                arguments("n = 7", message("n", (short) 7), TRUE),
                arguments("n = 7", message("n", 7L), TRUE),
                arguments("n = 7", message("n", 7.0f), TRUE),
                arguments("n = 7", message("n", 7.0), TRUE),
                arguments("n = 7.0", message("n", 7), TRUE),
                arguments("n < 7.5", message("n", 7), TRUE),
                arguments("n > 7.5", message("n", 8L), TRUE),
                arguments("myProp0 < myProp1", message("myProp0", 0, "myProp1", 1.5), TRUE),
                arguments("a = b", message("a", 3, "b", 3L), TRUE),
                arguments("a = b", message("a", (byte) 3, "b", 3.0f), TRUE),
                arguments("a = b", message("a", Long.MAX_VALUE, "b", Long.MAX_VALUE - 1), FALSE),
                // long and float compare as floats, where these two longs round to the same value
                arguments("a = b", message("a", Long.MAX_VALUE, "b", (float) Long.MAX_VALUE), TRUE),
                arguments("a > b", message("a", Long.MAX_VALUE, "b", Long.MIN_VALUE), TRUE),
                arguments("a = b", message("a", Double.NaN, "b", Double.NaN), FALSE),
                arguments("a <> b", message("a", Double.NaN, "b", Double.NaN), TRUE),
                arguments("a < b", message("a", Double.NEGATIVE_INFINITY, "b", -1e308), TRUE),
                arguments("a = b", message("a", 0.0, "b", -0.0), TRUE),
                // strings and booleans compare with = and <> only
                arguments("s = 'foo'", message("s", "foo"), TRUE),
                arguments("s <> 'foo'", message("s", "foo"), FALSE),
                arguments("s <> 'not_foo'", message("s", "foo"), TRUE),
                arguments("a = b", message("a", "x", "b", "x"), TRUE),
                arguments("a < b", message("a", "a", "b", "b"), FALSE),
                arguments("a >= b", message("a", "b", "b", "a"), FALSE),
                arguments("b <> FALSE", message("b", true), TRUE),
                arguments("a = b", message("a", true, "b", true), TRUE),
                arguments("a > b", message("a", true, "b", false), FALSE),
                arguments("(n > 1) = TRUE", message("n", 2), TRUE),
                arguments("(n > 1) = (m > 1)", message("n", 0, "m", 0), TRUE),
                arguments("(n > 1) <> b", message("n", 2, "b", false), TRUE),
                // unlike types: the comparison is FALSE (not UNKNOWN), for <> too
                arguments("s = 5", message("s", "5"), FALSE),
                arguments("s <> 5", message("s", "5"), FALSE),
                arguments("n = 'x'", message("n", 5), FALSE),
                arguments("n <> 'x'", message("n", 5), FALSE),
                arguments("b = 1", message("b", true), FALSE),
                arguments("s = TRUE", message("s", "TRUE"), FALSE),
                arguments("a = b", message("a", "1", "b", 1), FALSE),
                arguments("a < b", message("a", true, "b", 1), FALSE),
                // NULL on either side
                arguments("n = 5", message(), UNKNOWN),
                arguments("n <> 5", message(), UNKNOWN),
                arguments("5 < n", message(), UNKNOWN),
                arguments("a = b", message("a", 1), UNKNOWN),
                arguments("a = b", message("b", 1), UNKNOWN),
                arguments("a = b", message(), UNKNOWN),
                arguments("s = 'x'", message("s", null), UNKNOWN),
                arguments("(n > 1) = TRUE", message(), UNKNOWN));
    }

    static Stream<Arguments> arithmetic() {
        return Stream.of(
                arguments("-myProp0 < 0 AND +myProp1 < 0", message("myProp0", 5, "myProp1", -5), TRUE),
                arguments("myProp0*2 = 10 AND myProp1/2 = -5", message("myProp0", 5, "myProp1", -10), TRUE),
                arguments("myProp0+5 = 0 AND myProp1-5 = 5", message("myProp0", -5, "myProp1", 10), TRUE),
                arguments("- myProp0 + myProp1 = 0", message("myProp0", 5, "myProp1", 5), TRUE),
                arguments("myProp0+myProp1*myProp2-myProp3/myProp4 = 6",
                        message("myProp0", 1f, "myProp1", 2f, "myProp2", 3f, "myProp3", 4f, "myProp4", 4f), TRUE),
                arguments("a + b * c = 7", message("a", 1, "b", 2, "c", 3), TRUE),
                arguments("(a + b) * c = 9", message("a", 1, "b", 2, "c", 3), TRUE),
                arguments("a - b - c = -4", message("a", 1, "b", 2, "c", 3), TRUE),
                arguments("a / b / c = 2", message("a", 12, "b", 2, "c", 3), TRUE),
                arguments("a / b * c = 18", message("a", 12, "b", 2, "c", 3), TRUE),
                arguments("--a = 3", message("a", 3), TRUE),
                arguments("-(-a) = 3", message("a", 3), TRUE),
                arguments("-a = -3", message("a", 3L), TRUE),
                arguments("-a = -3", message("a", 3.0f), TRUE),
                arguments("-a = -3", message("a", 3.0), TRUE),
                arguments("-a = -3", message("a", (byte) 3), TRUE),
                arguments("+a = 3", message("a", 3.0), TRUE),
                // integer division truncates; a double operand makes it a double division
                arguments("a / 2 = 3", message("a", 7), TRUE),
                arguments("a / 2 = 3.5", message("a", 7.0), TRUE),
                arguments("a / 2.0 = 3.5", message("a", 7), TRUE),
                arguments("-7 / 2 = -3", message(), TRUE),
                // int arithmetic wraps around as in Java; a long operand makes it long arithmetic
                arguments("a + 1 = -2147483648", message("a", Integer.MAX_VALUE), TRUE),
                arguments("a + 1 = 2147483648", message("a", (long) Integer.MAX_VALUE), TRUE),
                arguments("a + 1L = 2147483648", message("a", Integer.MAX_VALUE), TRUE),
                arguments("a * 2 = -2", message("a", Long.MAX_VALUE), TRUE),
                arguments("-a = a", message("a", Integer.MIN_VALUE), TRUE),
                arguments("a / -1 = a", message("a", Long.MIN_VALUE), TRUE),
                // float arithmetic stays in float
                arguments("a + b = 0.3F", message("a", 0.1f, "b", 0.2f), TRUE),
                arguments("a + b = 0.30000000000000004", message("a", 0.1, "b", 0.2), TRUE),
                arguments("a * 1.0 = b", message("a", 16777217, "b", 16777217.0), TRUE),
                // integer division by zero is UNKNOWN; floating-point division follows IEEE 754
                arguments("a / 0 = 1", message("a", 1), UNKNOWN),
                arguments("a / b > 0", message("a", 1L, "b", 0L), UNKNOWN),
                arguments("a / 0 > 1e308", message("a", 1.0), TRUE),
                arguments("a / 0.0 > 1e308", message("a", 1), TRUE),
                arguments("a / 0.0 = a / 0.0", message("a", 0), FALSE),
                // NULL and non-numbers make arithmetic UNKNOWN
                arguments("a + 2 < 10", message(), UNKNOWN),
                arguments("a + 2 < 10", message("a", "1"), UNKNOWN),
                arguments("a + 2 < 10", message("a", true), UNKNOWN),
                arguments("-a < 10", message("a", "1"), UNKNOWN),
                arguments("+a < 10", message("a", "1"), UNKNOWN),
                arguments("a * b = 0", message("a", 0), UNKNOWN));
    }

    static Stream<Arguments> between() {
        return Stream.of(
                arguments("age BETWEEN 15 AND 19", message("age", 15), TRUE),
                arguments("age BETWEEN 15 AND 19", message("age", 19), TRUE),
                arguments("age BETWEEN 15 AND 19", message("age", 17), TRUE),
                arguments("age BETWEEN 15 AND 19", message("age", 14), FALSE),
                arguments("age BETWEEN 15 AND 19", message("age", 20), FALSE),
                arguments("age NOT BETWEEN 15 AND 19", message("age", 14), TRUE),
                arguments("age NOT BETWEEN 15 AND 19", message("age", 20), TRUE),
                arguments("age NOT BETWEEN 15 AND 19", message("age", 15), FALSE),
                arguments("age between 15 and 19", message("age", 16.5), TRUE),
                arguments("age BETWEEN 15.5 AND 16", message("age", 15L), FALSE),
                arguments("age BETWEEN -1 AND 1", message("age", -1), TRUE),
                arguments("age BETWEEN lo AND hi", message("age", 5, "lo", 1, "hi", 9), TRUE),
                arguments("age BETWEEN 19 AND 15", message("age", 17), FALSE),
                arguments("age BETWEEN 1 + 1 AND 2 * 3", message("age", 6), TRUE),
                arguments("age + 1 BETWEEN 1 AND 3", message("age", 2), TRUE),
                arguments("age BETWEEN 15 AND 19 AND flag", message("age", 16, "flag", true), TRUE),
                // NULL: UNKNOWN, unless the other half of the equivalent comparison decides
                arguments("age BETWEEN 15 AND 19", message(), UNKNOWN),
                arguments("age NOT BETWEEN 15 AND 19", message(), UNKNOWN),
                arguments("age BETWEEN lo AND 19", message("age", 17), UNKNOWN),
                arguments("age BETWEEN lo AND 19", message("age", 20), FALSE),
                arguments("age NOT BETWEEN lo AND 19", message("age", 20), TRUE),
                arguments("age NOT BETWEEN lo AND 19", message("age", 17), UNKNOWN),
                // not a number: FALSE, with or without NOT
                arguments("myProp BETWEEN 5 and 10", message("myProp", "7"), FALSE),
                arguments("myProp NOT BETWEEN 5 and 10", message("myProp", "seven"), FALSE),
                arguments("myProp BETWEEN 5 and 10", message("myProp", true), FALSE));
    }

    static Stream<Arguments> in() {
        return Stream.of(
                arguments("Country IN ('UK', 'US', 'France')", message("Country", "UK"), TRUE),
                arguments("Country IN ('UK', 'US', 'France')", message("Country", "Peru"), FALSE),
                arguments("Country NOT IN ('UK', 'US', 'France')", message("Country", "UK"), FALSE),
                arguments("Country NOT IN ('UK', 'US', 'France')", message("Country", "Peru"), TRUE),
                arguments("JMSType IN ('foo','jms','test')", message("JMSType", "JMS"), FALSE),
                arguments("s IN ('only')", message("s", "only"), TRUE),
                arguments("s IN ('a', 'a', 'b')", message("s", "b"), TRUE),
                arguments("s IN ('', 'x')", message("s", ""), TRUE),
                arguments("s IN ('it''s')", message("s", "it's"), TRUE),
                arguments("s in ('a', 'b')", message("s", "a"), TRUE),
                arguments("Country IN ('UK')", message(), UNKNOWN),
                arguments("Country NOT IN ('UK')", message(), UNKNOWN),
                arguments("myProp IN ('0')", message("myProp", 0), FALSE),
                arguments("myProp NOT IN ('foo','jms','test')", message("myProp", 0), FALSE),
                arguments("myProp NOT IN ('true')", message("myProp", true), FALSE));
    }

    static Stream<Arguments> like() {
        return Stream.of(
                arguments("phone LIKE '12%3'", message("phone", "123"), TRUE),
                arguments("phone LIKE '12%3'", message("phone", "12993"), TRUE),
                arguments("phone LIKE '12%3'", message("phone", "1234"), FALSE),
                arguments("word LIKE 'l_se'", message("word", "lose"), TRUE),
                arguments("word LIKE 'l_se'", message("word", "loose"), FALSE),
                arguments("underscored LIKE '\\_%' ESCAPE '\\'", message("underscored", "_foo"), TRUE),
                arguments("underscored LIKE '\\_%' ESCAPE '\\'", message("underscored", "bar"), FALSE),
                arguments("phone NOT LIKE '12%3'", message("phone", "123"), FALSE),
                arguments("phone NOT LIKE '12%3'", message("phone", "12993"), FALSE),
                arguments("phone NOT LIKE '12%3'", message("phone", "1234"), TRUE),
                arguments("JMSType LIKE 'A_fo_A%f%' ESCAPE 'A'", message("JMSType", "_foo%foo"), TRUE),
                arguments("JMSType LIKE 'A%fooA_' ESCAPE 'A'", message("JMSType", "_foo%"), FALSE),
                arguments("JMSType NOT LIKE 'A_A_' ESCAPE 'A'", message("JMSType", "_A"), TRUE),
                arguments("JMSType LIKE '\\__\\%%' ESCAPE '\\'", message("JMSType", "_a%b"), TRUE),
                arguments("myProp1 like 'fooG_%' escape 'G'", message("myProp1", "foo_test"), TRUE),
                arguments("s LIKE '%'", message("s", ""), TRUE),
                arguments("s LIKE ''", message("s", ""), TRUE),
                arguments("s LIKE ''", message("s", "x"), FALSE),
                arguments("s LIKE 'it''s%'", message("s", "it's here"), TRUE),
                arguments("s LIKE '%.*'", message("s", "a.*"), TRUE),
                arguments("s LIKE '%.*'", message("s", "ab"), FALSE),
                arguments("s LIKE 'a_c'", message("s", "a😀c"), TRUE),
                arguments("s LIKE 'ABC'", message("s", "abc"), FALSE),
                arguments("s LIKE '%b%'", message("s", "abc"), TRUE),
                arguments("s LIKE '%b%'", message("s", "ac"), FALSE),
                arguments("myNullProp LIKE '1_3'", message(), UNKNOWN),
                arguments("myNullProp NOT LIKE '1_3'", message(), UNKNOWN),
                arguments("myProp LIKE '1_3'", message("myProp", 123), FALSE),
                arguments("myProp NOT LIKE '1_3'", message("myProp", 124), FALSE));
    }

    static Stream<Arguments> nullTests() {
        return Stream.of(
                arguments("myNullProp IS NULL", message(), TRUE),
                arguments("myProp IS NULL", message("myProp", "foo"), FALSE),
                arguments("myProp IS NOT NULL", message("myProp", 10f), TRUE),
                arguments("myNullProp IS NOT NULL", message(), FALSE),
                arguments("myProp is not null", message("myProp", false), TRUE),
                arguments("myProp IS NULL", message("myProp", ""), FALSE),
                arguments("NOT myProp IS NULL", message("myProp", 1), TRUE),
                arguments("myProp0 is null and myProp1 like 'fooG_%' escape 'G' and myProp2 in ('a', 'b') and "
                                + "myProp3 not between 0 and 10 and (myProp4 or false)",
                        message("myProp1", "foo_test", "myProp2", "a", "myProp3", 20, "myProp4", true), TRUE));
    }

    static Stream<Arguments> headerFields() {
        return Stream.of(
                arguments("JMSDeliveryMode = 'PERSISTENT'", message("JMSDeliveryMode", "PERSISTENT"), TRUE),
                arguments("JMSDeliveryMode = 'NON_PERSISTENT'", message("JMSDeliveryMode", "PERSISTENT"), FALSE),
                // the DeliveryMode constants are seen as their names
                arguments("JMSDeliveryMode = 'PERSISTENT'", message("JMSDeliveryMode", 2), TRUE),
                arguments("JMSDeliveryMode = 'NON_PERSISTENT'", message("JMSDeliveryMode", 1), TRUE),
                arguments("JMSDeliveryMode IS NULL", message("JMSDeliveryMode", 7), TRUE),
                arguments("JMSDeliveryMode IN ('PERSISTENT')", message("JMSDeliveryMode", 2), TRUE),
                arguments("JMSPriority > 4", message("JMSPriority", 9), TRUE),
                arguments("JMSPriority BETWEEN 0 AND 4", message("JMSPriority", 4), TRUE),
                arguments("JMSPriority + 1 = 5", message("JMSPriority", 4), TRUE),
                arguments("JMSMessageID = 'ID:1'", message("JMSMessageID", "ID:1"), TRUE),
                arguments("JMSMessageID LIKE 'ID:%'", message("JMSMessageID", "ID:42"), TRUE),
                arguments("JMSTimestamp > 1700000000000", message("JMSTimestamp", 1800000000000L), TRUE),
                arguments("JMSTimestamp BETWEEN 0 AND 1700000000000", message("JMSTimestamp", 1800000000000L), FALSE),
                arguments("JMSCorrelationID = 'c1'", message("JMSCorrelationID", "c1"), TRUE),
                arguments("JMSCorrelationID IS NULL", message(), TRUE),
                arguments("JMSCorrelationID = 'c1'", message(), UNKNOWN),
                arguments("JMSType = 'car'", message("JMSType", "car"), TRUE),
                arguments("JMSType IS NULL", message("JMSType", null), TRUE),
                arguments("JMSType = 'car' AND color = 'blue' AND weight > 2500",
                        message("JMSType", "car", "color", "blue", "weight", 2600), TRUE),
                arguments("JMSType = 'car' AND color = 'blue' AND weight > 2500",
                        message("JMSType", "car", "color", "blue", "weight", 2500L), FALSE));
    }
}
