package io.sluice.message;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message whose body maps names to typed values, read back with the conversions of JMS table 3.7. A
 * name that was never set reads as a null value.
 */
public class SluiceMapMessage extends SluiceMessage implements MapMessage {
    // stored byte[] values are private copies never modified in place, so copies of the map may share them
    private Map<String, Object> entries = new LinkedHashMap<>();

    public SluiceMapMessage() {
    }

    @Override
    public MessageType type() {
        return MessageType.MAP;
    }

    @Override
    public boolean getBoolean(String name) throws JMSException {
        return ValueConversions.toBoolean(entries.get(name));
    }

    @Override
    public byte getByte(String name) throws JMSException {
        return ValueConversions.toByte(entries.get(name));
    }

    @Override
    public short getShort(String name) throws JMSException {
        return ValueConversions.toShort(entries.get(name));
    }

    @Override
    public char getChar(String name) throws JMSException {
        return ValueConversions.toChar(entries.get(name));
    }

    @Override
    public int getInt(String name) throws JMSException {
        return ValueConversions.toInt(entries.get(name));
    }

    @Override
    public long getLong(String name) throws JMSException {
        return ValueConversions.toLong(entries.get(name));
    }

    @Override
    public float getFloat(String name) throws JMSException {
        return ValueConversions.toFloat(entries.get(name));
    }

    @Override
    public double getDouble(String name) throws JMSException {
        return ValueConversions.toDouble(entries.get(name));
    }

    @Override
    public String getString(String name) throws JMSException {
        return ValueConversions.toStringValue(entries.get(name));
    }

    @Override
    public byte[] getBytes(String name) throws JMSException {
        return ValueConversions.toBytes(entries.get(name));
    }

    @Override
    public Object getObject(String name) {
        return BodyValues.copyOut(entries.get(name));
    }

    @Override
    public Enumeration<String> getMapNames() {
        return Collections.enumeration(new ArrayList<>(entries.keySet()));
    }

    @Override
    public boolean itemExists(String name) {
        return entries.containsKey(name);
    }

    private void put(String name, Object value) throws JMSException {
        requireWritableBody();
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a map message entry name must not be null or empty");
        }
        entries.put(name, value);
    }

    @Override
    public void setBoolean(String name, boolean value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setByte(String name, byte value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setShort(String name, short value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setChar(String name, char value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setInt(String name, int value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setLong(String name, long value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setFloat(String name, float value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setDouble(String name, double value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setString(String name, String value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setBytes(String name, byte[] value) throws JMSException {
        put(name, value == null ? null : value.clone());
    }

    @Override
    public void setBytes(String name, byte[] value, int offset, int length) throws JMSException {
        if (offset < 0 || length < 0 || offset > value.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + " and length " + length
                    + " do not fit an array of " + value.length);
        }
        put(name, Arrays.copyOfRange(value, offset, offset + length));
    }

    @Override
    public void setObject(String name, Object value) throws JMSException {
        put(name, BodyValues.checkedCopy(value, "a map message entry"));
    }

    @Override
    void clearBodyContent() {
        entries = new LinkedHashMap<>();
    }

    @Override
    Object bodyForGetBody() {
        if (entries.isEmpty()) {
            return null;
        }
        Map<String, Object> body = new HashMap<>(entries.size() * 2);
        entries.forEach((name, value) -> body.put(name, BodyValues.copyOut(value)));
        return body;
    }

    @Override
    Class<?> bodyTypeOf(Object body) {
        return Map.class;
    }

    @Override
    void copyBodyTo(SluiceMessage target) {
        ((SluiceMapMessage) target).entries = new LinkedHashMap<>(entries);
    }

    @Override
    void writeBody(PayloadWriter out) {
        out.writeVarLong(entries.size());
        for (Map.Entry<String, Object> entry : entries.entrySet()) {
            out.writeNullableString(entry.getKey());
            out.writeValue(entry.getValue());
        }
    }

    @Override
    void readBody(PayloadReader in) {
        int count = in.readCount("map entry count");
        Map<String, Object> decoded = new LinkedHashMap<>(Math.min(count, 1 << 12) * 2);
        for (int i = 0; i < count; i++) {
            String name = in.readString("a map entry name");
            if (name.isEmpty() || decoded.containsKey(name)) {
                throw in.malformed("map entry name '" + name + "' is empty or repeated");
            }
            decoded.put(name, in.readValue("a map entry value"));
        }
        entries = decoded;
    }
}
