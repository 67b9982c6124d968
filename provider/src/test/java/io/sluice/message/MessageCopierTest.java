package io.sluice.message;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageCopierTest {
    private final ForeignMessages foreign = new ForeignMessages();

    @Test
    void everyHeaderFieldIsCopiedAndDestinationsBecomeSluiceDestinations() throws JMSException {
        Queue replyTo = () -> "replies";
        Topic destination = () -> "prices";
        foreign.header("getJMSMessageID", "ID:other-1").header("getJMSTimestamp", 11L)
                .header("getJMSCorrelationID", "corr").header("getJMSReplyTo", replyTo)
                .header("getJMSDestination", destination)
                .header("getJMSDeliveryMode", DeliveryMode.NON_PERSISTENT).header("getJMSRedelivered", true)
                .header("getJMSType", "type").header("getJMSExpiration", 22L).header("getJMSDeliveryTime", 33L)
                .header("getJMSPriority", 8);

        SluiceMessage copy = MessageCopier.copyOf(foreign.plain());

        assertThat(copy.type()).isEqualTo(MessageType.MESSAGE);
        assertThat(copy.getJMSMessageID()).isEqualTo("ID:other-1");
        assertThat(copy.getJMSTimestamp()).isEqualTo(11L);
        assertThat(copy.getJMSCorrelationID()).isEqualTo("corr");
        assertThat(copy.getJMSReplyTo()).isEqualTo(new SluiceQueue("replies"));
        assertThat(copy.getJMSDestination()).isEqualTo(new SluiceTopic("prices"));
        assertThat(copy.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(copy.getJMSRedelivered()).isTrue();
        assertThat(copy.getJMSType()).isEqualTo("type");
        assertThat(copy.getJMSExpiration()).isEqualTo(22L);
        assertThat(copy.getJMSDeliveryTime()).isEqualTo(33L);
        assertThat(copy.getJMSPriority()).isEqualTo(8);
    }

    @Test
    void aByteCorrelationIdIsCopiedWhenThereIsNoStringOne() throws JMSException {
        foreign.header("getJMSCorrelationIDAsBytes", new byte[] {1, 2});

        assertThat(MessageCopier.copyOf(foreign.plain()).getJMSCorrelationIDAsBytes()).containsExactly(1, 2);
    }

    @Test
    void aProviderWithoutByteCorrelationIdsIsAccepted() throws JMSException {
        foreign.header("getJMSCorrelationIDAsBytes", new UnsupportedOperationException("no native ids"));

        assertThat(MessageCopier.copyOf(foreign.plain()).getJMSCorrelationIDAsBytes()).isNull();
    }

    @Test
    void anUnsetDeliveryModeLeavesTheDefault() throws JMSException {
        foreign.header("getJMSDeliveryMode", 0);

        assertThat(MessageCopier.copyOf(foreign.plain()).getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
    }

    @Test
    void propertiesAreCopiedWithTheirTypes() throws JMSException {
        foreign.property("s", "v").property("i", 1).property("l", 2L).property("b", true).property("y", (byte) 3)
                .property("h", (short) 4).property("f", 5f).property("d", 6d).property("JMSXGroupID", "g");

        SluiceMessage copy = MessageCopier.copyOf(foreign.plain());

        assertThat(Collections.list(copy.getPropertyNames())).containsExactlyInAnyOrderElementsOf(foreign.properties.keySet());
        for (Map.Entry<String, Object> property : foreign.properties.entrySet()) {
            assertThat(copy.getObjectProperty(property.getKey())).isEqualTo(property.getValue());
        }
    }

    @Test
    void aForeignPropertyThatSluiceCannotHoldIsRefused() {
        foreign.property("weird", new Object());

        assertThatThrownBy(() -> MessageCopier.copyOf(foreign.plain()))
                .isInstanceOf(jakarta.jms.MessageFormatException.class).hasMessageContaining("weird");
    }

    @Test
    void aTextMessageIsCopied() throws JMSException {
        SluiceMessage copy = MessageCopier.copyOf(foreign.text("hello"));

        assertThat(copy).isInstanceOf(SluiceTextMessage.class);
        assertThat(((SluiceTextMessage) copy).getText()).isEqualTo("hello");
    }

    @Test
    void anObjectMessageIsCopied() throws JMSException {
        SluiceMessage copy = MessageCopier.copyOf(foreign.object(new ArrayList<>(List.of("a"))));

        assertThat(((SluiceObjectMessage) copy).getObject()).isEqualTo(List.of("a"));
    }

    @Test
    void aMapMessageIsCopied() throws JMSException {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("i", 1);
        entries.put("c", 'c');
        entries.put("b", new byte[] {9});
        entries.put("n", null);

        SluiceMapMessage copy = (SluiceMapMessage) MessageCopier.copyOf(foreign.map(entries));

        assertThat(Collections.list(copy.getMapNames())).containsExactlyInAnyOrder("i", "c", "b", "n");
        assertThat(copy.getInt("i")).isEqualTo(1);
        assertThat(copy.getChar("c")).isEqualTo('c');
        assertThat(copy.getBytes("b")).containsExactly(9);
        assertThat(copy.itemExists("n")).isTrue();
    }

    @Test
    void aStreamMessageIsCopiedFromItsStartAndLeftReset() throws JMSException {
        int[] resets = {0};

        SluiceStreamMessage copy = (SluiceStreamMessage) MessageCopier.copyOf(
                foreign.stream(List.of(1, "two", new byte[] {3}), resets));

        assertThat(resets[0]).isEqualTo(2);
        copy.reset();
        assertThat(copy.readInt()).isEqualTo(1);
        assertThat(copy.readString()).isEqualTo("two");
        assertThat(copy.readObject()).isEqualTo(new byte[] {3});
    }

    @Test
    void aBytesMessageIsCopiedWholeAndLeftReset() throws JMSException {
        byte[] content = new byte[20_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        int[] position = {7};

        SluiceBytesMessage copy = (SluiceBytesMessage) MessageCopier.copyOf(foreign.bytes(content, position));

        assertThat(position[0]).isZero();
        assertThat(copy.getBody(byte[].class)).isEqualTo(content);
    }

    @Test
    void aCopiedForeignMessageIsAWritableUnsentSluiceMessage() throws JMSException {
        SluiceTextMessage copy = (SluiceTextMessage) MessageCopier.copyOf(foreign.property("p", 1).text("t"));

        copy.setText("changed");
        copy.setIntProperty("p", 2);

        assertThat(copy.getText()).isEqualTo("changed");
        assertThat(copy.getIntProperty("p")).isEqualTo(2);
    }

    @Test
    void aSluiceMessageIsCopiedNotShared() throws JMSException {
        SluiceTextMessage original = new SluiceTextMessage("t");

        Message copy = MessageCopier.copyOf(original);

        assertThat(copy).isNotSameAs(original).isInstanceOf(SluiceTextMessage.class);
        assertThat(((SluiceTextMessage) copy).getText()).isEqualTo("t");
    }
}
