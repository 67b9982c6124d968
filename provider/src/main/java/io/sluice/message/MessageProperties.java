package io.sluice.message;

import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The property entries of one message. Values are immutable (boxed primitives and strings), so copying the
 * map copies the properties. Insertion order is kept so that encoding is deterministic.
 */
final class MessageProperties {
    private Map<String, Object> values;   // null until the first property: most messages have none
    private boolean readOnly;

    MessageProperties() {
    }

    private MessageProperties(MessageProperties source) {
        this.values = source.values == null ? null : new LinkedHashMap<>(source.values);
        this.readOnly = source.readOnly;
    }

    MessageProperties copy() {
        return new MessageProperties(this);
    }

    /** Sets a property as the application does: checks writability, name and value. */
    void set(String name, Object value) throws MessageNotWriteableException, MessageFormatException {
        if (readOnly) {
            throw new MessageNotWriteableException("the properties of a received message are read-only until "
                    + "clearProperties() is called (property " + name + ")");
        }
        PropertyNames.requireValid(name);
        setUnchecked(name, value);
    }

    /** Sets a property as the provider does (JMSXDeliveryCount on a received message): ignores read-only. */
    void setUnchecked(String name, Object value) throws MessageFormatException {
        requireValidValue(name, value);
        JmsxProperties.requireDefinedType(name, value);
        if (values == null) {
            values = new LinkedHashMap<>();
        }
        values.put(name, value);
    }

    /** Restores a property of an encoded message, whose validity the encoder already checked. */
    void restore(String name, Object value) {
        if (values == null) {
            values = new LinkedHashMap<>();
        }
        values.put(name, value);
    }

    private static void requireValidValue(String name, Object value) throws MessageFormatException {
        if (value != null && !(value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Boolean || value instanceof Double || value instanceof Float
                || value instanceof Short || value instanceof Byte)) {
            throw new MessageFormatException("property " + name + " cannot hold a " + value.getClass().getName()
                    + ": property values are Boolean, Byte, Short, Integer, Long, Float, Double or String");
        }
    }

    Object get(String name) {
        return values == null ? null : values.get(name);
    }

    boolean exists(String name) {
        return values != null && values.containsKey(name);
    }

    int size() {
        return values == null ? 0 : values.size();
    }

    void forEach(BiConsumer<String, Object> action) {
        if (values != null) {
            values.forEach(action);
        }
    }

    Enumeration<String> names() {
        return values == null ? Collections.emptyEnumeration()
                : Collections.enumeration(new ArrayList<>(values.keySet()));
    }

    void clear() {
        values = null;
        readOnly = false;
    }

    void readOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    @Override
    public String toString() {
        return values == null ? "{}" : values.toString();
    }
}
