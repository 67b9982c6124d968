package io.sluice.message;

import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatRuntimeException;

/**
 * Encodes a complete message (type, header fields, properties, body) to bytes and back, in the versioned
 * format of docs/protocol.md, section "Message encoding". Header fields and properties come before the
 * body, so {@link #properties(byte[])} can give selectors what they need without touching the body.
 */
public final class MessageCodec {
    /** The format this class writes; {@link #decode} refuses any other. */
    public static final int FORMAT_VERSION = 1;

    /**
     * The most bytes the header fields and properties of one message may take: brokers read them for every
     * selector evaluation, so they must stay small next to the body.
     */
    public static final int MAX_HEADERS_AND_PROPERTIES_BYTES = 1 << 20;

    private static final int HAS_MESSAGE_ID = 1;
    private static final int HAS_TIMESTAMP = 1 << 1;
    private static final int HAS_CORRELATION_ID = 1 << 2;
    private static final int HAS_CORRELATION_ID_BYTES = 1 << 3;
    private static final int HAS_REPLY_TO = 1 << 4;
    private static final int HAS_DESTINATION = 1 << 5;
    private static final int HAS_TYPE = 1 << 6;
    private static final int HAS_EXPIRATION = 1 << 7;
    private static final int HAS_DELIVERY_TIME = 1 << 8;
    private static final int REDELIVERED = 1 << 9;
    private static final int NON_PERSISTENT = 1 << 10;
    private static final int HAS_PRIORITY = 1 << 11;   // absent = Message.DEFAULT_PRIORITY
    private static final int KNOWN_FLAGS = (1 << 12) - 1;

    private static final DestinationKind[] DESTINATION_KINDS = DestinationKind.values();

    private MessageCodec() {
    }

    /**
     * @throws MessageFormatRuntimeException when a destination is neither a queue nor a topic or the header
     *                                       fields and properties exceed {@link #MAX_HEADERS_AND_PROPERTIES_BYTES}
     */
    public static byte[] encode(SluiceMessage message) {
        PayloadWriter out = new PayloadWriter(256 + message.encodedBodySizeHint());
        out.writeByte(FORMAT_VERSION);
        out.writeByte(message.type().code());
        writeHeaders(message, out);
        MessageProperties properties = message.properties();
        out.writeVarLong(properties.size());
        properties.forEach((name, value) -> {
            out.writeNullableString(name);
            out.writeValue(value);
        });
        if (out.size() > MAX_HEADERS_AND_PROPERTIES_BYTES) {
            throw new MessageFormatRuntimeException("the header fields and properties of the message take "
                    + out.size() + " bytes, more than the limit of " + MAX_HEADERS_AND_PROPERTIES_BYTES);
        }
        message.writeBody(out);
        return out.toByteArray();
    }

    private static void writeHeaders(SluiceMessage message, PayloadWriter out) {
        String messageId = message.getJMSMessageID();
        String correlationId = message.getJMSCorrelationID();
        boolean correlationIdBytes = message.hasCorrelationIdBytes();
        SluiceDestination replyTo = sluiceDestination(message.getJMSReplyTo(), "JMSReplyTo");
        SluiceDestination destination = sluiceDestination(message.getJMSDestination(), "JMSDestination");
        String type = message.getJMSType();
        int flags = (messageId != null ? HAS_MESSAGE_ID : 0)
                | (message.getJMSTimestamp() != 0 ? HAS_TIMESTAMP : 0)
                | (correlationId != null ? (correlationIdBytes ? HAS_CORRELATION_ID_BYTES : HAS_CORRELATION_ID) : 0)
                | (replyTo != null ? HAS_REPLY_TO : 0)
                | (destination != null ? HAS_DESTINATION : 0)
                | (type != null ? HAS_TYPE : 0)
                | (message.getJMSExpiration() != 0 ? HAS_EXPIRATION : 0)
                | (message.getJMSDeliveryTime() != 0 ? HAS_DELIVERY_TIME : 0)
                | (message.getJMSRedelivered() ? REDELIVERED : 0)
                | (message.getJMSDeliveryMode() == DeliveryMode.NON_PERSISTENT ? NON_PERSISTENT : 0)
                | (message.getJMSPriority() != SluiceMessage.DEFAULT_PRIORITY ? HAS_PRIORITY : 0);
        out.writeVarLong(flags);
        if (messageId != null) {
            out.writeNullableString(messageId);
        }
        if ((flags & HAS_TIMESTAMP) != 0) {
            out.writeLong(message.getJMSTimestamp());
        }
        if ((flags & HAS_CORRELATION_ID) != 0) {
            out.writeNullableString(correlationId);
        } else if ((flags & HAS_CORRELATION_ID_BYTES) != 0) {
            out.writeNullableBytes(message.getJMSCorrelationIDAsBytes());
        }
        if (replyTo != null) {
            writeDestination(replyTo, out);
        }
        if (destination != null) {
            writeDestination(destination, out);
        }
        if (type != null) {
            out.writeNullableString(type);
        }
        if ((flags & HAS_EXPIRATION) != 0) {
            out.writeLong(message.getJMSExpiration());
        }
        if ((flags & HAS_DELIVERY_TIME) != 0) {
            out.writeLong(message.getJMSDeliveryTime());
        }
        if ((flags & HAS_PRIORITY) != 0) {
            out.writeSignedVarLong(message.getJMSPriority());
        }
    }

    private static SluiceDestination sluiceDestination(Destination destination, String header) {
        try {
            return SluiceDestination.of(destination);
        } catch (JMSException e) {
            MessageFormatRuntimeException failure = new MessageFormatRuntimeException(
                    header + " cannot be encoded: " + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
    }

    private static void writeDestination(SluiceDestination destination, PayloadWriter out) {
        out.writeByte(destination.kind().ordinal());
        out.writeNullableString(destination.name());
        if (destination.isTemporary()) {
            out.writeNullableString(destination.connectionId());
        }
    }

    /**
     * Decodes a message in the state of a received one: body and properties read-only, a BytesMessage or
     * StreamMessage ready to be read.
     *
     * @throws MalformedPayloadException when the payload is truncated, corrupted or of an unknown version
     */
    public static SluiceMessage decode(byte[] payload) {
        PayloadReader in = new PayloadReader(payload);
        SluiceMessage message = readEnvelope(in);
        message.readBody(in);
        if (in.remaining() != 0) {
            throw in.malformed(in.remaining() + " unexpected bytes after the end of the message");
        }
        message.makeReadOnly();
        return message;
    }

    /**
     * The header fields and properties of an encoded message, for selector evaluation; the body is not
     * decoded. The view is read when this method returns, so errors surface here.
     *
     * @throws MalformedPayloadException when the header fields or properties are truncated or corrupted
     */
    public static PropertyView properties(byte[] payload) {
        return readEnvelope(new PayloadReader(payload)).propertyView();
    }

    /** Reads version, type, header fields and properties into a new message of the encoded type. */
    private static SluiceMessage readEnvelope(PayloadReader in) {
        int version = in.readUnsignedByte("the format version");
        if (version != FORMAT_VERSION) {
            throw new MalformedPayloadException("unsupported format version " + version + " (this build reads "
                    + FORMAT_VERSION + ")", 0);
        }
        int typeCode = in.readUnsignedByte("the message type");
        MessageType type = MessageType.ofCode(typeCode);
        if (type == null) {
            throw new MalformedPayloadException("unknown message type " + typeCode, 1);
        }
        SluiceMessage message = type.newMessage();
        readHeaders(message, in);
        int count = in.readCount("the property count");
        MessageProperties properties = message.properties();
        for (int i = 0; i < count; i++) {
            String name = in.readString("a property name");
            if (properties.exists(name)) {
                throw in.malformed("property " + name + " appears twice");
            }
            Object value = in.readValue("the value of a property");
            if (value instanceof Character || value instanceof byte[]) {
                throw in.malformed("property " + name + " holds a " + ValueConversions.typeName(value)
                        + ", which JMS properties cannot");
            }
            properties.restore(name, value);
        }
        return message;
    }

    private static void readHeaders(SluiceMessage message, PayloadReader in) {
        long flags = in.readVarLong("the header flags");
        if ((flags & ~KNOWN_FLAGS) != 0) {
            throw in.malformed("unknown header flags 0x" + Long.toHexString(flags & ~KNOWN_FLAGS));
        }
        if ((flags & HAS_CORRELATION_ID) != 0 && (flags & HAS_CORRELATION_ID_BYTES) != 0) {
            throw in.malformed("the correlation id is flagged both as a string and as bytes");
        }
        if ((flags & HAS_MESSAGE_ID) != 0) {
            message.setJMSMessageID(in.readString("JMSMessageID"));
        }
        if ((flags & HAS_TIMESTAMP) != 0) {
            message.setJMSTimestamp(in.readLong("JMSTimestamp"));
        }
        if ((flags & HAS_CORRELATION_ID) != 0) {
            message.setJMSCorrelationID(in.readString("JMSCorrelationID"));
        } else if ((flags & HAS_CORRELATION_ID_BYTES) != 0) {
            byte[] correlationId = in.readNullableBytes("JMSCorrelationID");
            if (correlationId == null) {
                throw in.malformed("JMSCorrelationID is flagged present but is null");
            }
            message.setJMSCorrelationIDAsBytes(correlationId);
        }
        if ((flags & HAS_REPLY_TO) != 0) {
            message.setJMSReplyTo(readDestination(in, "JMSReplyTo"));
        }
        if ((flags & HAS_DESTINATION) != 0) {
            message.setJMSDestination(readDestination(in, "JMSDestination"));
        }
        if ((flags & HAS_TYPE) != 0) {
            message.setJMSType(in.readString("JMSType"));
        }
        if ((flags & HAS_EXPIRATION) != 0) {
            message.setJMSExpiration(in.readLong("JMSExpiration"));
        }
        if ((flags & HAS_DELIVERY_TIME) != 0) {
            message.setJMSDeliveryTime(in.readLong("JMSDeliveryTime"));
        }
        if ((flags & HAS_PRIORITY) != 0) {
            message.setJMSPriority(in.readSignedVarInt("JMSPriority"));
        }
        message.setJMSRedelivered((flags & REDELIVERED) != 0);
        message.setDeliveryModeUnchecked(
                (flags & NON_PERSISTENT) != 0 ? DeliveryMode.NON_PERSISTENT : DeliveryMode.PERSISTENT);
    }

    private static SluiceDestination readDestination(PayloadReader in, String header) {
        int kindCode = in.readUnsignedByte(header);
        if (kindCode >= DESTINATION_KINDS.length) {
            throw in.malformed(header + " has the unknown destination kind " + kindCode);
        }
        String name = in.readString(header);
        if (name.isEmpty()) {
            throw in.malformed(header + " has an empty name");
        }
        DestinationKind kind = DESTINATION_KINDS[kindCode];
        return SluiceDestination.create(kind, name, kind.isTemporary() ? in.readNullableString(header) : null);
    }
}
