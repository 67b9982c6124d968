package io.sluice.protocol;

import io.sluice.selector.Selector;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemoteErrorsTest {

    private static JMSException throughTheWire(JMSException error) {
        return RemoteErrors.read(RemoteErrors.frame(7, error).reader());
    }

    @Test
    void aJmsExceptionComesBackAsTheSameClassWithMessageAndErrorCode() {
        JMSException back = throughTheWire(new JMSSecurityException("no entry", "E42"));
        assertThat(back).isExactlyInstanceOf(JMSSecurityException.class).hasMessage("no entry");
        assertThat(back.getErrorCode()).isEqualTo("E42");
    }

    @Test
    void aBrokerSubclassComesBackAsTheJmsClassItExtends() {
        assertThatThrownBy(() -> Selector.parse("a = ")).isInstanceOf(InvalidSelectorException.class)
                .satisfies(e -> assertThat(throughTheWire((JMSException) e))
                        .isExactlyInstanceOf(InvalidSelectorException.class).hasMessage(e.getMessage()));
    }

    @Test
    void aClassNameOutsideJakartaJmsIsNeverInstantiated() {
        Frame forged = new FrameWriter().writeString("java.lang.ProcessBuilder").writeString("boom").writeString(null)
                .frame(FrameType.ERROR, 1);
        JMSException back = RemoteErrors.read(forged.reader());
        assertThat(back).isExactlyInstanceOf(JMSException.class).hasMessageContaining("ProcessBuilder");
    }
}
