package io.sluice.message;

import jakarta.jms.JMSException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageCodecPropertyTest {

    @Provide
    Arbitrary<SluiceMessage> messages() {
        return ArbitraryMessages.messages();
    }

    @Property(tries = 500)
    void everyMessageDecodesToWhatWasEncoded(@ForAll("messages") SluiceMessage message) throws JMSException {
        SluiceMessage decoded = MessageCodec.decode(MessageCodec.encode(message));

        assertThat(MessageSnapshot.of(decoded)).isEqualTo(MessageSnapshot.of(message));
        assertThat(decoded.type()).isEqualTo(message.type());
    }

    @Property(tries = 300)
    void thePropertyViewOfAPayloadSeesWhatTheMessageViewSees(@ForAll("messages") SluiceMessage message)
            throws JMSException {
        PropertyView fromPayload = MessageCodec.properties(MessageCodec.encode(message));
        PropertyView fromMessage = message.propertyView();

        List<String> identifiers = new java.util.ArrayList<>(List.of("JMSDeliveryMode", "JMSPriority",
                "JMSMessageID", "JMSTimestamp", "JMSCorrelationID", "JMSType", "absent"));
        identifiers.addAll(Collections.list(message.getPropertyNames()));
        for (String identifier : identifiers) {
            assertThat(fromPayload.get(identifier)).as(identifier).isEqualTo(fromMessage.get(identifier));
        }
    }

    @Property(tries = 200)
    void aCopyHasTheSameContentAsTheOriginal(@ForAll("messages") SluiceMessage message) throws JMSException {
        assertThat(MessageSnapshot.of(message.copy())).isEqualTo(MessageSnapshot.of(message));
    }

    @Property(tries = 300)
    void aCorruptedPayloadEitherDecodesOrFailsWithMalformedPayloadException(
            @ForAll("messages") SluiceMessage message, @ForAll @IntRange(min = 0, max = 10_000) int where,
            @ForAll byte replacement) {
        byte[] payload = MessageCodec.encode(message);
        payload[where % payload.length] = replacement;

        try {
            MessageCodec.decode(payload);
            MessageCodec.properties(payload);
        } catch (MalformedPayloadException expected) {
            assertThat(expected.offset()).isBetween(0, payload.length);
        }
    }

    @Property(tries = 100)
    void everyTruncatedPayloadIsRefused(@ForAll("messages") SluiceMessage message,
                                        @ForAll @IntRange(min = 0, max = 10_000) int cut) {
        byte[] payload = MessageCodec.encode(message);
        byte[] truncated = java.util.Arrays.copyOf(payload, cut % payload.length);

        assertThatThrownBy(() -> MessageCodec.decode(truncated)).isInstanceOf(MalformedPayloadException.class);
    }

    @Property(tries = 200)
    void randomBytesNeverDecodeIntoAnythingButAMessageOrAMalformedPayloadException(
            @ForAll("randomPayloads") byte[] payload) {
        try {
            MessageCodec.decode(payload);
        } catch (MalformedPayloadException expected) {
            assertThat(expected.getMessage()).startsWith("malformed message payload at byte");
        }
    }

    @Provide
    Arbitrary<byte[]> randomPayloads() {
        // mostly with a valid version and type, so that decoding gets past the first two bytes
        Arbitrary<byte[]> rest = Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 6), rest).as((type, tail) -> {
            byte[] payload = new byte[tail.length + 2];
            payload[0] = (byte) MessageCodec.FORMAT_VERSION;
            payload[1] = type.byteValue();
            System.arraycopy(tail, 0, payload, 2, tail.length);
            return payload;
        });
    }
}
