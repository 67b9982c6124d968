package io.sluice.client;

import io.sluice.message.SluiceMessage;
import jakarta.jms.BytesMessage;
import jakarta.jms.CompletionListener;
import jakarta.jms.Destination;
import jakarta.jms.JMSProducer;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatRuntimeException;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static io.sluice.client.SluiceJMSContext.unchecked;

/**
 * The simplified API's producer: an anonymous MessageProducer of the context's session plus the
 * properties and header values it stamps on every message it sends. Properties are kept in a
 * message so that they follow the same naming and conversion rules.
 */
final class SluiceJMSProducer implements JMSProducer {

    private final SluiceJMSContext context;
    private final SluiceMessageProducer producer;
    private final SluiceMessage properties = new SluiceMessage();
    private volatile CompletionListener completionListener;
    private volatile String correlationId;
    private volatile byte[] correlationIdBytes;
    private volatile String type;
    private volatile Destination replyTo;

    SluiceJMSProducer(SluiceJMSContext context, SluiceMessageProducer producer) {
        this.context = context;
        this.producer = producer;
    }

    @Override
    public JMSProducer send(Destination destination, Message message) {
        if (message == null) {
            throw new MessageFormatRuntimeException("the message to send is null");
        }
        unchecked(() -> {
            stamp(message);
            CompletionListener listener = completionListener;
            if (listener == null) {
                producer.send(destination, message, producer.getDeliveryMode(), producer.getPriority(),
                        producer.getTimeToLive());
            } else {
                producer.send(destination, message, producer.getDeliveryMode(), producer.getPriority(),
                        producer.getTimeToLive(), listener);
            }
            return null;
        });
        return this;
    }

    private void stamp(Message message) throws jakarta.jms.JMSException {
        for (String name : propertyNames()) {
            message.setObjectProperty(name, properties.getObjectProperty(name));
        }
        if (correlationIdBytes != null) {
            message.setJMSCorrelationIDAsBytes(correlationIdBytes);
        } else if (correlationId != null) {
            message.setJMSCorrelationID(correlationId);
        }
        if (type != null) {
            message.setJMSType(type);
        }
        if (replyTo != null) {
            message.setJMSReplyTo(replyTo);
        }
    }

    @Override
    public JMSProducer send(Destination destination, String body) {
        return send(destination, context.createTextMessage(body));
    }

    @Override
    public JMSProducer send(Destination destination, Map<String, Object> body) {
        MapMessage message = context.createMapMessage();
        if (body != null) {
            unchecked(() -> {
                for (Map.Entry<String, Object> entry : body.entrySet()) {
                    message.setObject(entry.getKey(), entry.getValue());
                }
                return null;
            });
        }
        return send(destination, message);
    }

    @Override
    public JMSProducer send(Destination destination, byte[] body) {
        BytesMessage message = context.createBytesMessage();
        if (body != null) {
            unchecked(() -> {
                message.writeBytes(body);
                return null;
            });
        }
        return send(destination, message);
    }

    @Override
    public JMSProducer send(Destination destination, Serializable body) {
        return send(destination, context.createObjectMessage(body));
    }

    // ---- delivery options

    @Override
    public JMSProducer setDisableMessageID(boolean value) {
        unchecked(() -> {
            producer.setDisableMessageID(value);
            return null;
        });
        return this;
    }

    @Override
    public boolean getDisableMessageID() {
        return unchecked(producer::getDisableMessageID);
    }

    @Override
    public JMSProducer setDisableMessageTimestamp(boolean value) {
        unchecked(() -> {
            producer.setDisableMessageTimestamp(value);
            return null;
        });
        return this;
    }

    @Override
    public boolean getDisableMessageTimestamp() {
        return unchecked(producer::getDisableMessageTimestamp);
    }

    @Override
    public JMSProducer setDeliveryMode(int deliveryMode) {
        unchecked(() -> {
            producer.setDeliveryMode(deliveryMode);
            return null;
        });
        return this;
    }

    @Override
    public int getDeliveryMode() {
        return unchecked(producer::getDeliveryMode);
    }

    @Override
    public JMSProducer setPriority(int priority) {
        unchecked(() -> {
            producer.setPriority(priority);
            return null;
        });
        return this;
    }

    @Override
    public int getPriority() {
        return unchecked(producer::getPriority);
    }

    @Override
    public JMSProducer setTimeToLive(long timeToLive) {
        unchecked(() -> {
            producer.setTimeToLive(timeToLive);
            return null;
        });
        return this;
    }

    @Override
    public long getTimeToLive() {
        return unchecked(producer::getTimeToLive);
    }

    @Override
    public JMSProducer setDeliveryDelay(long deliveryDelay) {
        unchecked(() -> {
            producer.setDeliveryDelay(deliveryDelay);
            return null;
        });
        return this;
    }

    @Override
    public long getDeliveryDelay() {
        return unchecked(producer::getDeliveryDelay);
    }

    @Override
    public JMSProducer setAsync(CompletionListener completionListener) {
        this.completionListener = completionListener;
        return this;
    }

    @Override
    public CompletionListener getAsync() {
        return completionListener;
    }

    // ---- properties

    @Override
    public JMSProducer setProperty(String name, boolean value) {
        return setProperty(name, (Object) value);
    }

    @Override
    public JMSProducer setProperty(String name, byte value) {
        return setProperty(name, (Object) value);
    }

    @Override
    public JMSProducer setProperty(String name, short value) {
        return setProperty(name, (Object) value);
    }

    @Override
    public JMSProducer setProperty(String name, int value) {
        return setProperty(name, (Object) value);
    }

    @Override
    public JMSProducer setProperty(String name, long value) {
        return setProperty(name, (Object) value);
    }

    @Override
    public JMSProducer setProperty(String name, float value) {
        return setProperty(name, (Object) value);
    }

    @Override
    public JMSProducer setProperty(String name, double value) {
        return setProperty(name, (Object) value);
    }

    @Override
    public JMSProducer setProperty(String name, String value) {
        return setProperty(name, (Object) value);
    }

    @Override
    public JMSProducer setProperty(String name, Object value) {
        unchecked(() -> {
            properties.setObjectProperty(name, value);
            return null;
        });
        return this;
    }

    @Override
    public JMSProducer clearProperties() {
        properties.clearProperties();
        return this;
    }

    @Override
    public boolean propertyExists(String name) {
        return properties.propertyExists(name);
    }

    @Override
    public boolean getBooleanProperty(String name) {
        return unchecked(() -> properties.getBooleanProperty(name));
    }

    @Override
    public byte getByteProperty(String name) {
        return unchecked(() -> properties.getByteProperty(name));
    }

    @Override
    public short getShortProperty(String name) {
        return unchecked(() -> properties.getShortProperty(name));
    }

    @Override
    public int getIntProperty(String name) {
        return unchecked(() -> properties.getIntProperty(name));
    }

    @Override
    public long getLongProperty(String name) {
        return unchecked(() -> properties.getLongProperty(name));
    }

    @Override
    public float getFloatProperty(String name) {
        return unchecked(() -> properties.getFloatProperty(name));
    }

    @Override
    public double getDoubleProperty(String name) {
        return unchecked(() -> properties.getDoubleProperty(name));
    }

    @Override
    public String getStringProperty(String name) {
        return unchecked(() -> properties.getStringProperty(name));
    }

    @Override
    public Object getObjectProperty(String name) {
        return properties.getObjectProperty(name);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Collections.unmodifiableSet(propertyNames());
    }

    private Set<String> propertyNames() {
        Set<String> names = new LinkedHashSet<>();
        properties.getPropertyNames().asIterator().forEachRemaining(names::add);
        return names;
    }

    // ---- header values

    @Override
    public JMSProducer setJMSCorrelationIDAsBytes(byte[] correlationID) {
        if (correlationID == null || correlationID.length == 0) {
            throw new jakarta.jms.JMSRuntimeException("a correlation ID as bytes must not be null or empty");
        }
        this.correlationIdBytes = correlationID.clone();
        this.correlationId = null;
        return this;
    }

    @Override
    public byte[] getJMSCorrelationIDAsBytes() {
        byte[] bytes = correlationIdBytes;
        return bytes == null ? null : bytes.clone();
    }

    @Override
    public JMSProducer setJMSCorrelationID(String correlationID) {
        this.correlationId = correlationID;
        this.correlationIdBytes = null;
        return this;
    }

    @Override
    public String getJMSCorrelationID() {
        byte[] bytes = correlationIdBytes;
        return bytes != null ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : correlationId;
    }

    @Override
    public JMSProducer setJMSType(String type) {
        this.type = type;
        return this;
    }

    @Override
    public String getJMSType() {
        return type;
    }

    @Override
    public JMSProducer setJMSReplyTo(Destination replyTo) {
        this.replyTo = replyTo;
        return this;
    }

    @Override
    public Destination getJMSReplyTo() {
        return replyTo;
    }
}
