package io.sluice.selector;

import io.sluice.selector.RandomConditions.Condition;
import jakarta.jms.InvalidSelectorException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import static io.sluice.selector.TestMessages.matches;
import static io.sluice.selector.TestMessages.truthOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Properties of selectors checked on generated conditions, numbers, patterns and garbage. */
class SelectorPropertiesTest {

    // ------------------------------------------------------------------------ three-valued logic

    @Property(tries = 500)
    void evaluatesAsTheReferenceSemantics(@ForAll long seed) {
        Random random = new Random(seed);
        Condition condition = RandomConditions.condition(random, 4);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> message = RandomConditions.message(random);
            assertThat(truthOf(condition.text(), message::get))
                    .as("%s on %s", condition, RandomConditions.describe(message))
                    .isEqualTo(condition.truth(message).name());
        }
    }

    @Property(tries = 300)
    void deMorganHoldsInThreeValuedLogic(@ForAll long seed) {
        Random random = new Random(seed);
        String a = RandomConditions.condition(random, 2).text();
        String b = RandomConditions.condition(random, 2).text();
        Map<String, Object> message = RandomConditions.message(random);
        assertThat(truthOf("NOT (" + a + " AND " + b + ")", message::get))
                .isEqualTo(truthOf("(NOT " + a + ") OR (NOT " + b + ")", message::get));
        assertThat(truthOf("NOT (" + a + " OR " + b + ")", message::get))
                .isEqualTo(truthOf("(NOT " + a + ") AND (NOT " + b + ")", message::get));
    }

    @Property(tries = 300)
    void doubleNegationChangesNothing(@ForAll long seed) {
        Random random = new Random(seed);
        String a = RandomConditions.condition(random, 3).text();
        Map<String, Object> message = RandomConditions.message(random);
        assertThat(truthOf("NOT NOT " + a, message::get)).isEqualTo(truthOf(a, message::get));
    }

    @Property(tries = 300)
    void canonicalFormMeansTheSame(@ForAll long seed) throws InvalidSelectorException {
        Random random = new Random(seed);
        Selector selector = Selector.parse(RandomConditions.condition(random, 4).text());
        Selector again = Selector.parse(selector.canonicalForm());
        assertThat(again.canonicalForm()).isEqualTo(selector.canonicalForm());
        for (int i = 0; i < 5; i++) {
            Map<String, Object> message = RandomConditions.message(random);
            assertThat(again.matches(message::get)).isEqualTo(selector.matches(message::get));
        }
    }

    // ------------------------------------------------------------------------ numbers, against Java itself

    @Property
    void intArithmeticIsJavaIntArithmetic(@ForAll int a, @ForAll int b) {
        assertThat(matches("a + b = r", TestMessages.message("a", a, "b", b, "r", a + b))).isTrue();
        assertThat(matches("a - b = r", TestMessages.message("a", a, "b", b, "r", a - b))).isTrue();
        assertThat(matches("a * b = r", TestMessages.message("a", a, "b", b, "r", a * b))).isTrue();
        if (b != 0) {
            assertThat(matches("a / b = r", TestMessages.message("a", a, "b", b, "r", a / b))).isTrue();
        }
        assertThat(matches("-a = r", TestMessages.message("a", a, "r", -a))).isTrue();
    }

    @Property
    void longArithmeticIsJavaLongArithmetic(@ForAll long a, @ForAll int b) {
        assertThat(matches("a + b = r", TestMessages.message("a", a, "b", b, "r", a + b))).isTrue();
        assertThat(matches("a * b - a = r", TestMessages.message("a", a, "b", b, "r", a * b - a))).isTrue();
        if (b != 0) {
            assertThat(matches("a / b = r", TestMessages.message("a", a, "b", b, "r", a / b))).isTrue();
        }
    }

    @Property
    void floatingPointArithmeticIsJavaArithmetic(@ForAll float a, @ForAll double b, @ForAll int c) {
        float sum = a + c;
        double product = a * b;
        Assume.that(!Float.isNaN(sum) && !Double.isNaN(product));
        assertThat(matches("a + c = r", TestMessages.message("a", a, "c", c, "r", sum))).isTrue();
        assertThat(matches("a * b = r", TestMessages.message("a", a, "b", b, "r", product))).isTrue();
    }

    @Property
    void mixedComparisonsPromoteAsJavaDoes(@ForAll int i, @ForAll long l, @ForAll float f, @ForAll double d) {
        assertComparisons(i, l, i < l, i == l);
        assertComparisons(i, f, i < f, i == f);
        assertComparisons(l, f, l < f, l == f);
        assertComparisons(l, d, l < d, l == d);
        assertComparisons(f, d, f < d, f == d);
        assertComparisons(i, d, i < d, i == d);
    }

    @Property
    void nearbyValuesCompareAsJavaDoes(@ForAll long l, @ForAll @IntRange(min = -3, max = 3) int delta) {
        // long and float values close to each other are where float promotion rounds
        float f = (float) l + delta;
        assertComparisons(l, f, l < f, l == f);
        assertComparisons(l, l + delta, l < l + delta, l == l + delta);
    }

    private static void assertComparisons(Object a, Object b, boolean less, boolean equal) {
        TestMessages.MapMessage message = TestMessages.message("a", a, "b", b);
        assertThat(matches("a < b", message)).as("%s < %s", a, b).isEqualTo(less);
        assertThat(matches("a = b", message)).as("%s = %s", a, b).isEqualTo(equal);
        assertThat(matches("a <> b", message)).as("%s <> %s", a, b).isEqualTo(!equal);
    }

    @Property
    void integerLiteralsReadBackTheirValue(@ForAll long value) {
        TestMessages.MapMessage message = TestMessages.message("v", value);
        String sign = value < 0 ? "-" : "";
        BigInteger magnitude = BigInteger.valueOf(value).abs();
        assertThat(matches("v = " + value, message)).isTrue();
        assertThat(matches("v = " + value + "L", message)).isTrue();
        assertThat(matches("v = " + sign + "0x" + magnitude.toString(16), message)).isTrue();
        assertThat(matches("v = " + sign + "0" + magnitude.toString(8), message)).isTrue();
        assertThat(matches("v = " + sign + "0b" + magnitude.toString(2), message)).isTrue();
    }

    @Property
    void floatingPointLiteralsReadBackTheirValue(@ForAll double value) {
        Assume.that(Double.isFinite(value));
        assertThat(matches("v = " + value, TestMessages.message("v", value))).isTrue();
        assertThat(matches("v = " + Double.toHexString(value), TestMessages.message("v", value))).isTrue();
    }

    // ------------------------------------------------------------------------ LIKE, against java.util.regex

    @Property(tries = 2000)
    void likeAgreesWithAQuotedRegex(@ForAll("patterns") List<String> pattern, @ForAll("subjects") String value)
            throws MalformedLiteralException {
        StringBuilder like = new StringBuilder();
        StringBuilder regex = new StringBuilder();
        for (String element : pattern) {
            like.append(element);
            switch (element) {
                case "%" -> regex.append(".*");
                case "_" -> regex.append(".");
                case "\\%", "\\_", "\\\\" -> regex.append(Pattern.quote(element.substring(1)));
                default -> regex.append(Pattern.quote(element));
            }
        }
        boolean expected = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
        assertThat(LikePattern.compile(like.toString(), '\\').matches(value)).as("%s on %s", like, value)
                .isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<String>> patterns() {
        return Arbitraries.of("a", "b", ".", "*", "[", "$", "(", "%", "%", "_", "\\%", "\\_", "\\\\")
                .list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> subjects() {
        return Arbitraries.strings().withChars("ab.*[$(%_\\\n").ofMaxLength(10);
    }

    // ------------------------------------------------------------------------ garbage in

    @Property(tries = 2000)
    void anyTextIsASelectorOrASyntaxError(@ForAll("garbage") String text) {
        checkParsesOrFailsCleanly(text);
    }

    @Property(tries = 2000)
    void anyTokenSequenceIsASelectorOrASyntaxError(@ForAll("tokenSoup") List<String> tokens) {
        checkParsesOrFailsCleanly(String.join(" ", tokens));
    }

    private static void checkParsesOrFailsCleanly(String text) {
        Selector selector;
        try {
            selector = Selector.parse(text);
        } catch (SelectorSyntaxException e) {
            assertThat(e.column()).isBetween(1, text.length() + 1);
            return;
        } catch (InvalidSelectorException e) {
            throw new AssertionError("not a SelectorSyntaxException", e);
        }
        Selector again = TestMessages.compile(selector.canonicalForm());
        assertThat(again.canonicalForm()).isEqualTo(selector.canonicalForm());
        Map<String, Object> message = RandomConditions.message(new Random(text.hashCode()));
        assertThat(again.matches(message::get)).isEqualTo(selector.matches(message::get));
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.strings().withChars("ab1 .'()=<>+-*/,%_eExL0\t\n").ofMaxLength(20);
    }

    @Provide
    Arbitrary<List<String>> tokenSoup() {
        List<String> vocabulary = new ArrayList<>(List.of("a", "b", "JMSPriority", "JMSType", "'x'", "'%'", "1",
                "2.5", "-", "+", "*", "/", "(", ")", "(", ")", "AND", "OR", "NOT", "=", "<>", "<", ">=",
                "BETWEEN", "IN", "LIKE", "IS", "NULL", "ESCAPE", "','", ",", "TRUE", "false"));
        return Arbitraries.of(vocabulary).list().ofMinSize(1).ofMaxSize(12);
    }
}
