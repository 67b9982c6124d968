package io.sluice.ra;

import jakarta.jms.BytesMessage;
import jakarta.jms.CompletionListener;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatRuntimeException;

import java.io.Serializable;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static io.sluice.ra.ContainerJMSContext.call;

/**
 * The JMSProducer of a container JMSContext: the session's anonymous producer plus the properties
 * and headers it stamps on each message. Properties live in a message of the session, so they
 * follow the provider's own naming and conversion rules.
 */
final class ContainerJMSProducer implements JMSProducer {

    private final SessionHandle session;
    private final ProducerHandle producer;
    private final Message properties;
    private String correlationId;
    private byte[] correlationIdBytes;
    private String type;
    private Destination replyTo;

    ContainerJMSProducer(SessionHandle session, ProducerHandle producer) {
        this.session = session;
        this.producer = producer;
        this.properties = call(session::createMessage);
    }

    @Override
    public JMSProducer send(Destination destination, Message message) {
        if (message == null) {
            throw new MessageFormatRuntimeException("the message to send is null");
        }
        call(() -> {
            stamp(message);
            producer.send(destination, message, producer.getDeliveryMode(), producer.getPriority(),
                    producer.getTimeToLive());
            return null;
        });
        return this;
    }

    private void stamp(Message message) throws JMSException {
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
            message.setJMSReplyTo(Destinations.toSluice(replyTo));
        }
    }

    @Override
    public JMSProducer send(Destination destination, String body) {
        return send(destination, call(() -> session.createTextMessage(body)));
    }

    @Override
    public JMSProducer send(Destination destination, Map<String, Object> body) {
        MapMessage message = call(session::createMapMessage);
        if (body != null) {
            call(() -> {
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
        BytesMessage message = call(session::createBytesMessage);
        if (body != null) {
            call(() -> {
                message.writeBytes(body);
                return null;
            });
        }
        return send(destination, message);
    }

    @Override
    public JMSProducer send(Destination destination, Serializable body) {
        return send(destination, call(() -> session.createObjectMessage(body)));
    }

    @Override
    public JMSProducer setDisableMessageID(boolean value) {
        call(() -> {
            producer.setDisableMessageID(value);
            return null;
        });
        return this;
    }

    @Override
    public boolean getDisableMessageID() {
        return call(producer::getDisableMessageID);
    }

    @Override
    public JMSProducer setDisableMessageTimestamp(boolean value) {
        call(() -> {
            producer.setDisableMessageTimestamp(value);
            return null;
        });
        return this;
    }

    @Override
    public boolean getDisableMessageTimestamp() {
        return call(producer::getDisableMessageTimestamp);
    }

    @Override
    public JMSProducer setDeliveryMode(int deliveryMode) {
        call(() -> {
            producer.setDeliveryMode(deliveryMode);
            return null;
        });
        return this;
    }

    @Override
    public int getDeliveryMode() {
        return call(producer::getDeliveryMode);
    }

    @Override
    public JMSProducer setPriority(int priority) {
        call(() -> {
            producer.setPriority(priority);
            return null;
        });
        return this;
    }

    @Override
    public int getPriority() {
        return call(producer::getPriority);
    }

    @Override
    public JMSProducer setTimeToLive(long timeToLive) {
        call(() -> {
            producer.setTimeToLive(timeToLive);
            return null;
        });
        return this;
    }

    @Override
    public long getTimeToLive() {
        return call(producer::getTimeToLive);
    }

    @Override
    public JMSProducer setDeliveryDelay(long deliveryDelay) {
        call(() -> {
            producer.setDeliveryDelay(deliveryDelay);
            return null;
        });
        return this;
    }

    @Override
    public long getDeliveryDelay() {
        return call(producer::getDeliveryDelay);
    }

    @Override
    public JMSProducer setAsync(CompletionListener completionListener) {
        throw ContainerRules.forbiddenRuntime("JMSProducer.setAsync");
    }

    @Override
    public CompletionListener getAsync() {
        return null;
    }

    private JMSProducer property(String name, Object value) {
        call(() -> {
            properties.setObjectProperty(name, value);
            return null;
        });
        return this;
    }

    @Override
    public JMSProducer setProperty(String name, boolean value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, byte value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, short value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, int value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, long value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, float value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, double value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, String value) {
        return property(name, value);
    }

    @Override
    public JMSProducer setProperty(String name, Object value) {
        return property(name, value);
    }

    @Override
    public JMSProducer clearProperties() {
        call(() -> {
            properties.clearProperties();
            return null;
        });
        return this;
    }

    @Override
    public boolean propertyExists(String name) {
        return call(() -> properties.propertyExists(name));
    }

    @Override
    public boolean getBooleanProperty(String name) {
        return call(() -> properties.getBooleanProperty(name));
    }

    @Override
    public byte getByteProperty(String name) {
        return call(() -> properties.getByteProperty(name));
    }

    @Override
    public short getShortProperty(String name) {
        return call(() -> properties.getShortProperty(name));
    }

    @Override
    public int getIntProperty(String name) {
        return call(() -> properties.getIntProperty(name));
    }

    @Override
    public long getLongProperty(String name) {
        return call(() -> properties.getLongProperty(name));
    }

    @Override
    public float getFloatProperty(String name) {
        return call(() -> properties.getFloatProperty(name));
    }

    @Override
    public double getDoubleProperty(String name) {
        return call(() -> properties.getDoubleProperty(name));
    }

    @Override
    public String getStringProperty(String name) {
        return call(() -> properties.getStringProperty(name));
    }

    @Override
    public Object getObjectProperty(String name) {
        return call(() -> properties.getObjectProperty(name));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Collections.unmodifiableSet(propertyNames());
    }

    private Set<String> propertyNames() {
        return call(() -> {
            Set<String> names = new LinkedHashSet<>();
            Enumeration<?> e = properties.getPropertyNames();
            while (e.hasMoreElements()) {
                names.add((String) e.nextElement());
            }
            return names;
        });
    }

    @Override
    public JMSProducer setJMSCorrelationIDAsBytes(byte[] correlationID) {
        if (correlationID == null || correlationID.length == 0) {
            throw new JMSRuntimeException("a correlation ID as bytes must not be null or empty");
        }
        this.correlationIdBytes = correlationID.clone();
        this.correlationId = null;
        return this;
    }

    @Override
    public byte[] getJMSCorrelationIDAsBytes() {
        return correlationIdBytes == null ? null : correlationIdBytes.clone();
    }

    @Override
    public JMSProducer setJMSCorrelationID(String correlationID) {
        this.correlationId = correlationID;
        this.correlationIdBytes = null;
        return this;
    }

    @Override
    public String getJMSCorrelationID() {
        return correlationId;
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
