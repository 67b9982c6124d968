package io.sluice.selector;

import jakarta.jms.InvalidSelectorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.sluice.selector.TestMessages.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public face of {@link Selector}: empty selectors, accessors, sharing between threads. */
class SelectorTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n\r\f "})
    void noSelectorMatchesEveryMessage(String expression) throws Exception {
        Selector selector = Selector.parse(expression);
        assertThat(selector.matchesAll()).isTrue();
        assertThat(selector.matches(message())).isTrue();
        assertThat(selector.matches(message("a", 1))).isTrue();
        assertThat(selector.expression()).isEqualTo(expression == null ? "" : expression);
    }

    @Test
    void onlyJavaWhitespaceMakesASelectorEmpty() {
        // U+2003 EM SPACE is whitespace to Character.isWhitespace, but not to JMS 3.8.1.1
        assertThatThrownBy(() -> Selector.parse("\u2003")).isInstanceOf(InvalidSelectorException.class)
                .hasMessageContaining("unexpected character U+2003");
    }

    @Test
    void theLiteralTrueAlsoMatchesEverything() throws Exception {
        assertThat(Selector.parse("TRUE").matchesAll()).isTrue();
        assertThat(Selector.parse("a = 1").matchesAll()).isFalse();
        assertThat(Selector.parse("TRUE OR a").matchesAll()).as("no constant folding").isFalse();
        assertThat(Selector.parse("TRUE OR a").matches(message())).isTrue();
    }

    @Test
    void keepsTheExpressionAsGiven() throws Exception {
        Selector selector = Selector.parse("  color = 'red'\n");
        assertThat(selector.expression()).isEqualTo("  color = 'red'\n");
        assertThat(selector).hasToString("Selector[  color = 'red'\n]");
        assertThat(selector.canonicalForm()).isEqualTo("(color = 'red')");
    }

    @Test
    void unknownAndFalseDoNotMatch() throws Exception {
        Selector selector = Selector.parse("price > 10");
        assertThat(selector.matches(message("price", 11))).isTrue();
        assertThat(selector.matches(message("price", 10))).isFalse();
        assertThat(selector.matches(message())).isFalse();
        assertThat(selector.matches(message("price", "11"))).isFalse();
    }

    @Test
    void resolvesOnlyTheIdentifiersItNeeds() throws Exception {
        List<String> asked = new ArrayList<>();
        Selector selector = Selector.parse("a = 1 OR b = 2 OR c = 3");
        assertThat(selector.matches(name -> {
            asked.add(name);
            return name.equals("b") ? 2 : null;
        })).isTrue();
        assertThat(asked).as("OR stops at the first TRUE").containsExactly("a", "b");
    }

    @Test
    void aBooleanThatIsNotTheCanonicalInstanceStillCounts() throws Exception {
        @SuppressWarnings({"deprecation", "removal"})
        Boolean distinctTrue = new Boolean(true);
        assertThat(Selector.parse("flag").matches(message("flag", distinctTrue))).isTrue();
        assertThat(Selector.parse("NOT NOT flag AND flag = TRUE").matches(message("flag", distinctTrue))).isTrue();
    }

    @Test
    void oneSelectorServesManyThreads() throws Exception {
        Selector selector = Selector.parse("kind LIKE 'a%b_c' AND n BETWEEN 10 AND 20 AND tag IN ('x', 'y')");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                counts.add(pool.submit(() -> {
                    int matched = 0;
                    for (int i = 0; i < 10_000; i++) {
                        String kind = i % 2 == 0 ? "a-b-c" : "a-b--";
                        if (selector.matches(message("kind", kind, "n", i % 30, "tag", i % 3 == 0 ? "x" : "z"))) {
                            matched++;
                        }
                    }
                    return matched;
                }));
            }
            int expected = 0;
            for (int i = 0; i < 10_000; i++) {
                if (i % 2 == 0 && i % 30 >= 10 && i % 30 <= 20 && i % 3 == 0) {
                    expected++;
                }
            }
            for (Future<Integer> count : counts) {
                assertThat(count.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void longChainsOfAndAndOrAreFine() throws Exception {
        StringBuilder text = new StringBuilder("id = 0");
        for (int i = 1; i < 5_000; i++) {
            text.append(" OR id = ").append(i);
        }
        Selector selector = Selector.parse(text.toString());
        assertThat(selector.matches(message("id", 4_999))).isTrue();
        assertThat(selector.matches(message("id", 5_000))).isFalse();
    }
}
