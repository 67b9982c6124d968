package io.sluice.message;

import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageEOFException;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;

import java.util.Enumeration;

/**
 * Turns a message of any JMS provider into a Sluice message (JMS 3.12: a provider must accept messages it
 * did not create), so that the client can send it.
 */
public final class MessageCopier {
    private MessageCopier() {
    }

    /**
     * A Sluice copy of {@code message}: header fields, properties and body. A Sluice message is
     * {@linkplain SluiceMessage#copy() copied} as it is; another provider's message becomes a writable, unsent
     * Sluice message of the same type, its destinations become Sluice queues and topics of the same names.
     * Reading the body of a foreign BytesMessage or StreamMessage needs {@code reset()}, so such a message is
     * left reset (read-only), as sending it through its own provider would.
     */
    public static SluiceMessage copyOf(Message message) throws JMSException {
        if (message instanceof SluiceMessage sluiceMessage) {
            return sluiceMessage.copy();
        }
        SluiceMessage copy = copyBody(message);
        copyHeaders(message, copy);
        copyProperties(message, copy);
        return copy;
    }

    private static SluiceMessage copyBody(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return new SluiceTextMessage(text.getText());
        }
        if (message instanceof BytesMessage bytes) {
            return copyBytes(bytes);
        }
        if (message instanceof MapMessage map) {
            return copyMap(map);
        }
        if (message instanceof StreamMessage stream) {
            return copyStream(stream);
        }
        if (message instanceof ObjectMessage object) {
            SluiceObjectMessage copy = new SluiceObjectMessage();
            copy.setObject(object.getObject());
            return copy;
        }
        return new SluiceMessage();
    }

    private static SluiceMessage copyBytes(BytesMessage bytes) throws JMSException {
        bytes.reset();
        SluiceBytesMessage copy = new SluiceBytesMessage();
        byte[] chunk = new byte[8192];
        int read;
        while ((read = bytes.readBytes(chunk)) > 0) {
            copy.writeBytes(chunk, 0, read);
        }
        bytes.reset();
        return copy;
    }

    private static SluiceMessage copyMap(MapMessage map) throws JMSException {
        SluiceMapMessage copy = new SluiceMapMessage();
        Enumeration<?> names = map.getMapNames();
        while (names.hasMoreElements()) {
            String name = (String) names.nextElement();
            copy.setObject(name, map.getObject(name));
        }
        return copy;
    }

    private static SluiceMessage copyStream(StreamMessage stream) throws JMSException {
        stream.reset();
        SluiceStreamMessage copy = new SluiceStreamMessage();
        while (true) {
            Object field;
            try {
                field = stream.readObject();
            } catch (MessageEOFException end) {
                break;
            }
            copy.writeObject(field);
        }
        stream.reset();
        return copy;
    }

    private static void copyHeaders(Message message, SluiceMessage copy) throws JMSException {
        copy.setJMSMessageID(message.getJMSMessageID());
        copy.setJMSTimestamp(message.getJMSTimestamp());
        String correlationId = message.getJMSCorrelationID();
        if (correlationId != null) {
            copy.setJMSCorrelationID(correlationId);
        } else {
            copy.setJMSCorrelationIDAsBytes(correlationIdBytes(message));
        }
        copy.setJMSReplyTo(SluiceDestination.of(message.getJMSReplyTo()));
        copy.setJMSDestination(SluiceDestination.of(message.getJMSDestination()));
        int deliveryMode = message.getJMSDeliveryMode();
        if (deliveryMode == DeliveryMode.PERSISTENT || deliveryMode == DeliveryMode.NON_PERSISTENT) {
            copy.setJMSDeliveryMode(deliveryMode);
        }
        copy.setJMSRedelivered(message.getJMSRedelivered());
        copy.setJMSType(message.getJMSType());
        copy.setJMSExpiration(message.getJMSExpiration());
        copy.setJMSDeliveryTime(message.getJMSDeliveryTime());
        copy.setJMSPriority(message.getJMSPriority());
    }

    /** JMS lets providers without native correlation ids refuse the byte[] form. */
    private static byte[] correlationIdBytes(Message message) throws JMSException {
        try {
            return message.getJMSCorrelationIDAsBytes();
        } catch (UnsupportedOperationException notSupported) {
            return null;
        }
    }

    private static void copyProperties(Message message, SluiceMessage copy) throws JMSException {
        Enumeration<?> names = message.getPropertyNames();
        while (names.hasMoreElements()) {
            String name = (String) names.nextElement();
            copy.setObjectProperty(name, message.getObjectProperty(name));
        }
    }
}
