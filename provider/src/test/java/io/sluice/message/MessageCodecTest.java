package io.sluice.message;

import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatRuntimeException;
import jakarta.jms.MessageNotWriteableException;
import jakarta.jms.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageCodecTest {

    static List<SluiceMessage> richMessages() throws JMSException {
        SluiceTextMessage text = new SluiceTextMessage("héllo \uD83D\uDE00 \uD800 unpaired");
        SluiceBytesMessage bytes = new SluiceBytesMessage();
        bytes.writeLong(42);
        bytes.writeUTF("x");
        SluiceMapMessage map = new SluiceMapMessage();
        map.setInt("i", -7);
        map.setBytes("b", new byte[] {1, 2});
        map.setChar("c", 'é');
        map.setString("n", null);
        SluiceStreamMessage stream = new SluiceStreamMessage();
        stream.writeDouble(Double.NaN);
        stream.writeObject(null);
        stream.writeBytes(new byte[0]);
        stream.writeShort((short) -1);
        SluiceObjectMessage object = new SluiceObjectMessage();
        object.setObject(new java.util.ArrayList<>(List.of(1, 2)));
        List<SluiceMessage> messages = List.of(new SluiceMessage(), text, bytes, map, stream, object);
        for (SluiceMessage message : messages) {
            message.setJMSMessageID("ID:sluice-1");
            message.setJMSTimestamp(1_700_000_000_000L);
            message.setJMSCorrelationIDAsBytes(new byte[] {(byte) 0xFF, 0});
            message.setJMSReplyTo(new SluiceTemporaryQueue("tq-1", "conn-1"));
            message.setJMSDestination(new SluiceTopic("prices"));
            message.setJMSDeliveryMode(DeliveryMode.NON_PERSISTENT);
            message.setJMSRedelivered(true);
            message.setJMSType("order");
            message.setJMSExpiration(1_700_000_060_000L);
            message.setJMSDeliveryTime(1_700_000_001_000L);
            message.setJMSPriority(9);
            message.setStringProperty("color", "blue");
            message.setLongProperty("weight", 2500);
            message.setFloatProperty("ratio", -0.5f);
            message.setBooleanProperty("urgent", true);
            message.setStringProperty("JMSXGroupID", "g");
            message.setIntProperty("JMSXGroupSeq", 2);
            message.setObjectProperty("nothing", null);
        }
        return messages;
    }

    static Stream<SluiceMessage> richMessageStream() throws JMSException {
        return richMessages().stream();
    }

    @ParameterizedTest
    @MethodSource("richMessageStream")
    void everyTypeRoundTrips(SluiceMessage message) throws JMSException {
        SluiceMessage decoded = MessageCodec.decode(MessageCodec.encode(message));

        assertThat(decoded).isInstanceOf(message.getClass());
        assertThat(MessageSnapshot.of(decoded)).isEqualTo(MessageSnapshot.of(message));
    }

    @ParameterizedTest
    @MethodSource("richMessageStream")
    void aDecodedMessageIsInTheReceivedState(SluiceMessage message) throws JMSException {
        SluiceMessage decoded = MessageCodec.decode(MessageCodec.encode(message));

        assertThatThrownBy(() -> decoded.setIntProperty("p", 1)).isInstanceOf(MessageNotWriteableException.class);
        if (!(decoded.type() == MessageType.MESSAGE)) {
            assertThatThrownBy(() -> writeSomething(decoded)).isInstanceOf(MessageNotWriteableException.class);
        }
    }

    private static void writeSomething(SluiceMessage message) throws JMSException {
        switch (message.type()) {
            case TEXT -> ((SluiceTextMessage) message).setText("x");
            case BYTES -> ((SluiceBytesMessage) message).writeInt(1);
            case MAP -> ((SluiceMapMessage) message).setInt("x", 1);
            case STREAM -> ((SluiceStreamMessage) message).writeInt(1);
            case OBJECT -> ((SluiceObjectMessage) message).setObject("x");
            default -> throw new IllegalArgumentException();
        }
    }

    @Test
    void decodedBytesAndStreamMessagesAreReadableAtOnce() throws JMSException {
        SluiceBytesMessage bytes = new SluiceBytesMessage();
        bytes.writeInt(5);
        SluiceStreamMessage stream = new SluiceStreamMessage();
        stream.writeString("s");

        SluiceBytesMessage decodedBytes = (SluiceBytesMessage) MessageCodec.decode(MessageCodec.encode(bytes));
        SluiceStreamMessage decodedStream = (SluiceStreamMessage) MessageCodec.decode(MessageCodec.encode(stream));

        assertThat(decodedBytes.getBodyLength()).isEqualTo(4);
        assertThat(decodedBytes.readInt()).isEqualTo(5);
        assertThat(decodedStream.readString()).isEqualTo("s");
    }

    @Test
    void aBytesMessageIsEncodedWholeWhateverItsReadPosition() throws JMSException {
        SluiceBytesMessage bytes = new SluiceBytesMessage();
        bytes.writeInt(5);
        bytes.writeInt(6);
        bytes.reset();
        bytes.readInt();

        SluiceBytesMessage decoded = (SluiceBytesMessage) MessageCodec.decode(MessageCodec.encode(bytes));

        assertThat(decoded.readInt()).isEqualTo(5);
    }

    @Test
    void aTemporaryDestinationKeepsItsConnectionButNotItsDeleter() throws JMSException {
        SluiceTemporaryQueue replyTo = new SluiceTemporaryQueue("tq", "conn-9");
        replyTo.setDeleter(d -> { });
        SluiceMessage message = new SluiceMessage();
        message.setJMSReplyTo(replyTo);

        SluiceTemporaryQueue decoded = (SluiceTemporaryQueue) MessageCodec.decode(MessageCodec.encode(message))
                .getJMSReplyTo();

        assertThat(decoded).isEqualTo(replyTo);
        assertThat(decoded.connectionId()).isEqualTo("conn-9");
        assertThatThrownBy(decoded::delete).isInstanceOf(jakarta.jms.IllegalStateException.class);
    }

    @Test
    void anotherProvidersDestinationIsEncodedAsASluiceDestination() throws JMSException {
        Queue foreign = () -> "orders";
        SluiceMessage message = new SluiceMessage();
        message.setJMSReplyTo(foreign);

        assertThat(MessageCodec.decode(MessageCodec.encode(message)).getJMSReplyTo())
                .isEqualTo(new SluiceQueue("orders"));
    }

    @Test
    void aDestinationThatIsNeitherQueueNorTopicCannotBeEncoded() {
        SluiceMessage message = new SluiceMessage();
        message.setJMSDestination(new Destination() {
        });

        assertThatThrownBy(() -> MessageCodec.encode(message)).isInstanceOf(MessageFormatRuntimeException.class)
                .hasMessageContaining("JMSDestination");
    }

    @Test
    void headerFieldsAndPropertiesAboveTheLimitAreRefused() throws JMSException {
        SluiceMessage message = new SluiceTextMessage("a body of any size is fine");
        message.setStringProperty("big", "x".repeat(MessageCodec.MAX_HEADERS_AND_PROPERTIES_BYTES));

        assertThatThrownBy(() -> MessageCodec.encode(message)).isInstanceOf(MessageFormatRuntimeException.class)
                .hasMessageContaining("limit of " + MessageCodec.MAX_HEADERS_AND_PROPERTIES_BYTES);
    }

    @Test
    void aLargeBodyIsFine() throws JMSException {
        SluiceBytesMessage message = new SluiceBytesMessage();
        message.writeBytes(new byte[3 << 20]);

        assertThat(((SluiceBytesMessage) MessageCodec.decode(MessageCodec.encode(message))).getBodyLength())
                .isEqualTo(3 << 20);
    }

    @Test
    void theEncodingIsTheOneDocumentedInProtocolMd() throws JMSException {
        SluiceTextMessage message = new SluiceTextMessage("hi");
        message.setJMSMessageID("ID:1");
        message.setIntProperty("n", 5);

        assertThat(HexFormat.of().formatHex(MessageCodec.encode(message)))
                .isEqualTo("0101010549443a3101026e060a036869");
    }

    @Test
    void everyStrictPrefixOfAPayloadIsRefusedAsTruncated() throws JMSException {
        for (SluiceMessage message : richMessages()) {
            byte[] payload = MessageCodec.encode(message);
            for (int length = 0; length < payload.length; length++) {
                byte[] prefix = Arrays.copyOf(payload, length);
                assertThatThrownBy(() -> MessageCodec.decode(prefix)).as("%s cut at %d", message.type(), length)
                        .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("truncated");
            }
        }
    }

    static Stream<Arguments> malformedPayloads() {
        return Stream.of(
                Arguments.of("", "truncated: the format version"),
                Arguments.of("02000000", "unsupported format version 2"),
                Arguments.of("01090000", "unknown message type 9"),
                Arguments.of("0100802000", "unknown header flags"),
                Arguments.of("0100ffffffffffffffffffff", "longer than 10 bytes"),
                Arguments.of("01000c", "both as a string and as bytes"),
                Arguments.of("0100200001", "empty name"),
                Arguments.of("010020070270", "unknown destination kind 7"),
                Arguments.of("01000000" + "07", "1 unexpected bytes after the end"),
                Arguments.of("01000001" + "02ff", "invalid character encoding"),
                Arguments.of("01000001" + "02700c", "unknown value type tag 12"),
                Arguments.of("01000001" + "02700a00", "non-null value but is null"),
                Arguments.of("01000001" + "027006" + "8080808080808001", "does not fit an int"),
                Arguments.of("01000002" + "027001" + "027002", "appears twice"),
                Arguments.of("01000001" + "0270" + "050041", "property p holds a Character"),
                Arguments.of("01000001" + "0270" + "0b0100", "property p holds a byte[]"),
                Arguments.of("01000001" + "0270" + "0a05", "truncated"),
                Arguments.of("01030000" + "02" + "026101" + "026102", "'a' is empty or repeated"),
                Arguments.of("01020000" + "00", "bytes message body cannot be null"),
                Arguments.of("01050000" + "7f", "127 exceeds the 0 bytes that remain"),
                Arguments.of("01010000" + "ffffffffffffffffff01", "truncated: text body"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedPayloads")
    void malformedPayloadsAreRefusedWithTheProblemNamed(String hex, String problem) {
        byte[] payload = HexFormat.of().parseHex(hex);

        assertThatThrownBy(() -> MessageCodec.decode(payload)).isInstanceOf(MalformedPayloadException.class)
                .isInstanceOf(MessageFormatRuntimeException.class)
                .hasMessageContaining(problem);
    }

    @Test
    void theOffsetOfTheProblemIsReported() {
        MalformedPayloadException failure = (MalformedPayloadException) org.assertj.core.api.Assertions.catchThrowable(
                () -> MessageCodec.decode(HexFormat.of().parseHex("01000001" + "02700c")));

        assertThat(failure.offset()).isEqualTo(6);
        assertThat(failure.getMessage()).startsWith("malformed message payload at byte 6: ");
    }

    @Test
    void aNullPayloadIsRefused() {
        assertThatThrownBy(() -> MessageCodec.decode(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageCodec.properties(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePropertyViewReadsHeadersAndPropertiesWithoutTheBody() throws JMSException {
        SluiceMessage message = richMessages().get(1);
        byte[] payload = MessageCodec.encode(message);
        byte[] bodyCut = Arrays.copyOf(payload, payload.length - 5);

        PropertyView view = MessageCodec.properties(bodyCut);

        assertThatThrownBy(() -> MessageCodec.decode(bodyCut)).isInstanceOf(MalformedPayloadException.class);
        assertThat(view.get("JMSDeliveryMode")).isEqualTo("NON_PERSISTENT");
        assertThat(view.get("JMSPriority")).isEqualTo(9);
        assertThat(view.get("JMSMessageID")).isEqualTo("ID:sluice-1");
        assertThat(view.get("JMSTimestamp")).isEqualTo(1_700_000_000_000L);
        assertThat(view.get("JMSCorrelationID")).isEqualTo(message.getJMSCorrelationID());
        assertThat(view.get("JMSType")).isEqualTo("order");
        assertThat(view.get("color")).isEqualTo("blue");
        assertThat(view.get("weight")).isEqualTo(2500L);
        assertThat(view.get("ratio")).isEqualTo(-0.5f);
        assertThat(view.get("urgent")).isEqualTo(true);
        assertThat(view.get("JMSXGroupSeq")).isEqualTo(2);
        assertThat(view.get("nothing")).isNull();
        assertThat(view.get("absent")).isNull();
    }

    @Test
    void thePropertyViewOfAPlainMessageHasTheDefaults() {
        PropertyView view = MessageCodec.properties(MessageCodec.encode(new SluiceMessage()));

        assertThat(view.get("JMSDeliveryMode")).isEqualTo("PERSISTENT");
        assertThat(view.get("JMSPriority")).isEqualTo(4);
        assertThat(view.get("JMSTimestamp")).isEqualTo(0L);
        assertThat(view.get("JMSMessageID")).isNull();
        assertThat(view.get("JMSCorrelationID")).isNull();
        assertThat(view.get("JMSType")).isNull();
    }

    @Test
    void thePropertyViewRefusesCorruptedProperties() {
        assertThatThrownBy(() -> MessageCodec.properties(HexFormat.of().parseHex("01000001" + "02700c")))
                .isInstanceOf(MalformedPayloadException.class);
    }
}
