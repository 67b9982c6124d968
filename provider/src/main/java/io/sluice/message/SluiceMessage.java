package io.sluice.message;

import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;

import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

/**
 * A JMS message without a body, and the header fields, properties and read-only rules every Sluice message
 * shares. Not thread-safe: JMS confines a message to one session's thread at a time.
 *
 * <p>A message the client received is made read-only with {@link #makeReadOnly()} (the codec's
 * {@link MessageCodec#decode decode} does it): properties and body refuse changes until
 * {@link #clearProperties()} and {@link #clearBody()}, header fields stay settable.
 */
public class SluiceMessage implements Message {
    private String messageId;
    private long timestamp;
    private String correlationId;
    private byte[] correlationIdBytes;   // set instead of correlationId by setJMSCorrelationIDAsBytes
    private Destination replyTo;
    private Destination destination;
    private int deliveryMode = DeliveryMode.PERSISTENT;
    private boolean redelivered;
    private String type;
    private long expiration;
    private long deliveryTime;
    private int priority = DEFAULT_PRIORITY;
    private MessageProperties properties = new MessageProperties();
    private boolean bodyReadOnly;
    private AcknowledgeCallback acknowledgeCallback;

    public SluiceMessage() {
    }

    public MessageType type() {
        return MessageType.MESSAGE;
    }

    // ---------------------------------------------------------------- header fields

    @Override
    public String getJMSMessageID() {
        return messageId;
    }

    @Override
    public void setJMSMessageID(String id) {
        this.messageId = id;
    }

    @Override
    public long getJMSTimestamp() {
        return timestamp;
    }

    @Override
    public void setJMSTimestamp(long timestamp) {
        this.timestamp = timestamp;
    }

    /** A correlation id set as a String is returned as its UTF-8 bytes. */
    @Override
    public byte[] getJMSCorrelationIDAsBytes() {
        if (correlationIdBytes != null) {
            return correlationIdBytes.clone();
        }
        return correlationId == null ? null : correlationId.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void setJMSCorrelationIDAsBytes(byte[] correlationID) {
        this.correlationIdBytes = correlationID == null ? null : correlationID.clone();
        this.correlationId = null;
    }

    @Override
    public void setJMSCorrelationID(String correlationID) {
        this.correlationId = correlationID;
        this.correlationIdBytes = null;
    }

    /** A correlation id set as bytes is returned decoded as UTF-8. */
    @Override
    public String getJMSCorrelationID() {
        if (correlationIdBytes != null) {
            return new String(correlationIdBytes, StandardCharsets.UTF_8);
        }
        return correlationId;
    }

    /** Whether the correlation id was set with {@link #setJMSCorrelationIDAsBytes}, so the codec keeps its form. */
    boolean hasCorrelationIdBytes() {
        return correlationIdBytes != null;
    }

    @Override
    public Destination getJMSReplyTo() {
        return replyTo;
    }

    @Override
    public void setJMSReplyTo(Destination replyTo) {
        this.replyTo = replyTo;
    }

    @Override
    public Destination getJMSDestination() {
        return destination;
    }

    @Override
    public void setJMSDestination(Destination destination) {
        this.destination = destination;
    }

    @Override
    public int getJMSDeliveryMode() {
        return deliveryMode;
    }

    @Override
    public void setJMSDeliveryMode(int deliveryMode) throws JMSException {
        if (deliveryMode != DeliveryMode.PERSISTENT && deliveryMode != DeliveryMode.NON_PERSISTENT) {
            throw new JMSException("delivery mode " + deliveryMode + " is neither DeliveryMode.PERSISTENT ("
                    + DeliveryMode.PERSISTENT + ") nor DeliveryMode.NON_PERSISTENT ("
                    + DeliveryMode.NON_PERSISTENT + ")");
        }
        this.deliveryMode = deliveryMode;
    }

    /** For the codec, which only ever passes one of the two valid modes. */
    void setDeliveryModeUnchecked(int deliveryMode) {
        this.deliveryMode = deliveryMode;
    }

    @Override
    public boolean getJMSRedelivered() {
        return redelivered;
    }

    @Override
    public void setJMSRedelivered(boolean redelivered) {
        this.redelivered = redelivered;
    }

    @Override
    public String getJMSType() {
        return type;
    }

    @Override
    public void setJMSType(String type) {
        this.type = type;
    }

    @Override
    public long getJMSExpiration() {
        return expiration;
    }

    @Override
    public void setJMSExpiration(long expiration) {
        this.expiration = expiration;
    }

    @Override
    public long getJMSDeliveryTime() {
        return deliveryTime;
    }

    @Override
    public void setJMSDeliveryTime(long deliveryTime) {
        this.deliveryTime = deliveryTime;
    }

    @Override
    public int getJMSPriority() {
        return priority;
    }

    @Override
    public void setJMSPriority(int priority) {
        this.priority = priority;
    }

    // ---------------------------------------------------------------- properties

    @Override
    public void clearProperties() {
        properties.clear();
    }

    @Override
    public boolean propertyExists(String name) {
        return properties.exists(name);
    }

    @Override
    public boolean getBooleanProperty(String name) throws JMSException {
        return ValueConversions.toBoolean(properties.get(name));
    }

    @Override
    public byte getByteProperty(String name) throws JMSException {
        return ValueConversions.toByte(properties.get(name));
    }

    @Override
    public short getShortProperty(String name) throws JMSException {
        return ValueConversions.toShort(properties.get(name));
    }

    @Override
    public int getIntProperty(String name) throws JMSException {
        return ValueConversions.toInt(properties.get(name));
    }

    @Override
    public long getLongProperty(String name) throws JMSException {
        return ValueConversions.toLong(properties.get(name));
    }

    @Override
    public float getFloatProperty(String name) throws JMSException {
        return ValueConversions.toFloat(properties.get(name));
    }

    @Override
    public double getDoubleProperty(String name) throws JMSException {
        return ValueConversions.toDouble(properties.get(name));
    }

    @Override
    public String getStringProperty(String name) throws JMSException {
        return ValueConversions.toStringValue(properties.get(name));
    }

    @Override
    public Object getObjectProperty(String name) {
        return properties.get(name);
    }

    @Override
    public Enumeration<String> getPropertyNames() {
        return properties.names();
    }

    @Override
    public void setBooleanProperty(String name, boolean value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setByteProperty(String name, byte value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setShortProperty(String name, short value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setIntProperty(String name, int value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setLongProperty(String name, long value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setFloatProperty(String name, float value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setDoubleProperty(String name, double value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setStringProperty(String name, String value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setObjectProperty(String name, Object value) throws JMSException {
        properties.set(name, value);
    }

    /**
     * Sets a property the way the provider does, also on a received message whose properties are read-only
     * (JMSXUserID on send, JMSXRcvTimestamp on receive...). The value rules still apply.
     */
    public void setProviderProperty(String name, Object value) throws MessageFormatException {
        properties.setUnchecked(name, value);
    }

    /** Sets JMSXDeliveryCount and, as JMS 3.5.11 ties them, JMSRedelivered when the count is 2 or more. */
    public void setDeliveryCount(int deliveryCount) {
        properties.restore(JmsxProperties.DELIVERY_COUNT, deliveryCount);
        redelivered = deliveryCount > 1;
    }

    MessageProperties properties() {
        return properties;
    }

    /** The header fields and properties as a message selector evaluated on this message sees them. */
    public PropertyView propertyView() {
        return this::selectorValue;
    }

    private Object selectorValue(String identifier) {
        switch (identifier) {
            case HeaderFields.DELIVERY_MODE:
                return HeaderFields.deliveryModeForSelector(deliveryMode);
            case HeaderFields.PRIORITY:
                return priority;
            case HeaderFields.MESSAGE_ID:
                return messageId;
            case HeaderFields.TIMESTAMP:
                return timestamp;
            case HeaderFields.CORRELATION_ID:
                return getJMSCorrelationID();
            case HeaderFields.TYPE:
                return type;
            default:
                return properties.get(identifier);
        }
    }

    // ---------------------------------------------------------------- body and state

    @Override
    public void clearBody() {
        bodyReadOnly = false;
        clearBodyContent();
    }

    /** Empties the body; the message is writable again when this is called. */
    void clearBodyContent() {
    }

    /**
     * Puts the message in the state of a received message: properties and body read-only, a BytesMessage or
     * StreamMessage ready to be read from its start.
     */
    public void makeReadOnly() {
        properties.readOnly(true);
        bodyReadOnly = true;
        enterReadMode();
    }

    /** Called when the body becomes read-only, so that streams rewind to their start. */
    void enterReadMode() {
    }

    final boolean isBodyReadOnly() {
        return bodyReadOnly;
    }

    final void bodyReadOnly(boolean readOnly) {
        this.bodyReadOnly = readOnly;
    }

    final void requireWritableBody() throws MessageNotWriteableException {
        if (bodyReadOnly) {
            throw new MessageNotWriteableException("the body of this " + type().name().toLowerCase()
                    + " message is read-only; call clearBody() to write it again");
        }
    }

    /**
     * The body as {@link #getBody} returns it (a copy the caller may keep), or null when the message has no
     * body.
     */
    Object bodyForGetBody() throws JMSException {
        return null;
    }

    /** The type a class passed to {@link #getBody} must be assignable from to receive {@code body}. */
    Class<?> bodyTypeOf(Object body) {
        return body.getClass();
    }

    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        Object body = bodyForGetBody();
        if (body == null) {
            return null;
        }
        if (!c.isAssignableFrom(bodyTypeOf(body))) {
            throw new MessageFormatException("the body of this " + type().name().toLowerCase() + " message is a "
                    + bodyTypeOf(body).getName() + " and cannot be assigned to " + c.getName());
        }
        return c.cast(body);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean isBodyAssignableTo(Class c) throws JMSException {
        Object body;
        try {
            body = bodyForGetBody();
        } catch (MessageFormatException undeserializable) {
            return false;
        }
        return body == null || c.isAssignableFrom(bodyTypeOf(body));
    }

    // ---------------------------------------------------------------- acknowledgement

    public void setAcknowledgeCallback(AcknowledgeCallback acknowledgeCallback) {
        this.acknowledgeCallback = acknowledgeCallback;
    }

    /** Delegates to the callback the client installed when it delivered this message; does nothing without one. */
    @Override
    public void acknowledge() throws JMSException {
        AcknowledgeCallback callback = acknowledgeCallback;
        if (callback != null) {
            callback.acknowledge(this);
        }
    }

    // ---------------------------------------------------------------- copying and encoding

    /**
     * A deep copy: header fields, properties, body and the read-only and read/write state; changing either
     * message afterwards never changes the other. The acknowledge callback is shared.
     */
    public SluiceMessage copy() {
        SluiceMessage copy = type().newMessage();
        copy.messageId = messageId;
        copy.timestamp = timestamp;
        copy.correlationId = correlationId;
        copy.correlationIdBytes = correlationIdBytes == null ? null : correlationIdBytes.clone();
        copy.replyTo = replyTo;
        copy.destination = destination;
        copy.deliveryMode = deliveryMode;
        copy.redelivered = redelivered;
        copy.type = type;
        copy.expiration = expiration;
        copy.deliveryTime = deliveryTime;
        copy.priority = priority;
        copy.properties = properties.copy();
        copy.bodyReadOnly = bodyReadOnly;
        copy.acknowledgeCallback = acknowledgeCallback;
        copyBodyTo(copy);
        return copy;
    }

    /** Copies the body into {@code target}, a fresh message of the same type. */
    void copyBodyTo(SluiceMessage target) {
    }

    /** Roughly how many bytes the encoded body takes, so the encoder can size its buffer once. */
    int encodedBodySizeHint() {
        return 0;
    }

    void writeBody(PayloadWriter out) {
    }

    void readBody(PayloadReader in) {
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[id=" + messageId + ", destination=" + destination
                + ", deliveryMode=" + deliveryMode + ", priority=" + priority + ", properties=" + properties + "]";
    }
}
