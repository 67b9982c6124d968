package io.sluice.message;

import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageEOFException;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a JMS application can observe of a message (header fields, properties with their types, body),
 * as a structure with value equality, so tests can compare two messages with one assertion. Reading the
 * body of a stream or bytes message goes through a copy, so the snapshot does not disturb the message.
 */
final class MessageSnapshot {
    private MessageSnapshot() {
    }

    static Map<String, Object> of(Message message) throws JMSException {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("class", message.getClass().getSimpleName());
        snapshot.put("JMSMessageID", message.getJMSMessageID());
        snapshot.put("JMSTimestamp", message.getJMSTimestamp());
        snapshot.put("JMSCorrelationID", message.getJMSCorrelationID());
        byte[] correlationBytes = message.getJMSCorrelationIDAsBytes();
        snapshot.put("JMSCorrelationIDAsBytes", correlationBytes == null ? null : HexFormat.of().formatHex(correlationBytes));
        snapshot.put("JMSReplyTo", destination(message.getJMSReplyTo()));
        snapshot.put("JMSDestination", destination(message.getJMSDestination()));
        snapshot.put("JMSDeliveryMode", message.getJMSDeliveryMode());
        snapshot.put("JMSRedelivered", message.getJMSRedelivered());
        snapshot.put("JMSType", message.getJMSType());
        snapshot.put("JMSExpiration", message.getJMSExpiration());
        snapshot.put("JMSDeliveryTime", message.getJMSDeliveryTime());
        snapshot.put("JMSPriority", message.getJMSPriority());
        Map<String, Object> properties = new TreeMap<>();
        for (Object name : Collections.list(message.getPropertyNames())) {
            properties.put((String) name, typed(message.getObjectProperty((String) name)));
        }
        snapshot.put("properties", properties);
        snapshot.put("body", body(message));
        return snapshot;
    }

    private static String destination(Destination destination) {
        if (destination instanceof SluiceDestination sluice && sluice.isTemporary()) {
            return sluice + " of " + sluice.connectionId();
        }
        return String.valueOf(destination);
    }

    /** Keeps the type visible, so that an Integer 1 and a Long 1 differ, and compares byte[] by content. */
    private static String typed(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[] bytes) {
            return "byte[]:" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Float f) {
            return "Float:" + Integer.toHexString(Float.floatToRawIntBits(f));
        }
        if (value instanceof Double d) {
            return "Double:" + Long.toHexString(Double.doubleToRawLongBits(d));
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    private static Object body(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText();
        }
        if (message instanceof BytesMessage) {
            SluiceBytesMessage copy = (SluiceBytesMessage) MessageCopier.copyOf(message);
            if (!copy.isBodyReadOnly()) {
                copy.reset();
            }
            byte[] bytes = new byte[(int) copy.getBodyLength()];
            copy.readBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        }
        if (message instanceof MapMessage map) {
            Map<String, Object> entries = new TreeMap<>();
            for (Object name : Collections.list(map.getMapNames())) {
                entries.put((String) name, typed(map.getObject((String) name)));
            }
            return entries;
        }
        if (message instanceof StreamMessage) {
            SluiceStreamMessage copy = (SluiceStreamMessage) MessageCopier.copyOf(message);
            copy.reset();
            List<Object> fields = new ArrayList<>();
            while (true) {
                try {
                    fields.add(typed(copy.readObject()));
                } catch (MessageEOFException end) {
                    return fields;
                }
            }
        }
        if (message instanceof ObjectMessage object) {
            return String.valueOf(object.getObject());
        }
        return null;
    }
}
