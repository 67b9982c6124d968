package io.sluice.selector;

import org.junit.jupiter.api.Test;

import static io.sluice.selector.TestMessages.message;
import static org.assertj.core.api.Assertions.assertThat;

class SelectorSmokeTest {
    @Test
    void specificationExample() throws Exception {
        Selector selector = Selector.parse("JMSType = 'car' AND color = 'blue' AND weight > 2500");
        assertThat(selector.matches(message("JMSType", "car", "color", "blue", "weight", 2600))).isTrue();
        assertThat(selector.matches(message("JMSType", "car", "color", "blue", "weight", 2400))).isFalse();
        assertThat(selector.canonicalForm()).isEqualTo("((JMSType = 'car') AND (color = 'blue') AND (weight > 2500))");
    }
}
