package io.sluice.message;

import jakarta.jms.JMSException;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.StreamMessage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A message whose body is a sequence of typed fields, read back with the conversions of JMS table 3.7.
 * Write-only until {@link #reset()}, then read-only until {@link #clearBody()}. A read that fails with a
 * MessageFormatException or NumberFormatException does not advance, so the field can be read again as
 * another type.
 */
public class SluiceStreamMessage extends SluiceMessage implements StreamMessage {
    // stored byte[] fields are private copies never modified in place, so copies of the list may share them
    private List<Object> fields = new ArrayList<>();
    private int next;
    private int bytesFieldOffset = -1;   // >= 0 while a byte[] field is being read in pieces by readBytes

    public SluiceStreamMessage() {
    }

    @Override
    public MessageType type() {
        return MessageType.STREAM;
    }

    // ---------------------------------------------------------------- reading

    private void requireReadable() throws MessageNotReadableException {
        if (!isBodyReadOnly()) {
            throw new MessageNotReadableException("this stream message is write-only; call reset() to read it");
        }
    }

    /** The field the next read returns, without consuming it. */
    private Object peek() throws JMSException {
        requireReadable();
        if (bytesFieldOffset >= 0) {
            byte[] partlyRead = (byte[]) fields.get(next);
            if (bytesFieldOffset < partlyRead.length) {
                throw new MessageFormatException("a byte[] field is being read with readBytes: read it to its end "
                        + "before reading the next field");
            }
            finishField();
        }
        if (next >= fields.size()) {
            throw new MessageEOFException("end of the stream message: all " + fields.size() + " fields were read");
        }
        return fields.get(next);
    }

    private void finishField() {
        next++;
        bytesFieldOffset = -1;
    }

    @Override
    public boolean readBoolean() throws JMSException {
        boolean value = ValueConversions.toBoolean(peek());
        finishField();
        return value;
    }

    @Override
    public byte readByte() throws JMSException {
        byte value = ValueConversions.toByte(peek());
        finishField();
        return value;
    }

    @Override
    public short readShort() throws JMSException {
        short value = ValueConversions.toShort(peek());
        finishField();
        return value;
    }

    @Override
    public char readChar() throws JMSException {
        char value = ValueConversions.toChar(peek());
        finishField();
        return value;
    }

    @Override
    public int readInt() throws JMSException {
        int value = ValueConversions.toInt(peek());
        finishField();
        return value;
    }

    @Override
    public long readLong() throws JMSException {
        long value = ValueConversions.toLong(peek());
        finishField();
        return value;
    }

    @Override
    public float readFloat() throws JMSException {
        float value = ValueConversions.toFloat(peek());
        finishField();
        return value;
    }

    @Override
    public double readDouble() throws JMSException {
        double value = ValueConversions.toDouble(peek());
        finishField();
        return value;
    }

    @Override
    public String readString() throws JMSException {
        String value = ValueConversions.toStringValue(peek());
        finishField();
        return value;
    }

    /**
     * Reads a byte[] field in pieces: a piece shorter than {@code value} (possibly 0 for an empty field) is
     * the last one; after a piece that filled {@code value} exactly the next call returns -1. A null field
     * returns -1 at once.
     */
    @Override
    public int readBytes(byte[] value) throws JMSException {
        requireReadable();
        if (bytesFieldOffset < 0) {
            if (next >= fields.size()) {
                throw new MessageEOFException("end of the stream message: all " + fields.size() + " fields were read");
            }
            Object field = fields.get(next);
            if (field == null) {
                finishField();
                return -1;
            }
            if (!(field instanceof byte[])) {
                throw new MessageFormatException("a " + ValueConversions.typeName(field)
                        + " field cannot be read as byte[]");
            }
            bytesFieldOffset = 0;
        }
        byte[] field = (byte[]) fields.get(next);
        int left = field.length - bytesFieldOffset;
        if (left == 0 && (bytesFieldOffset > 0 || value.length == 0)) {
            finishField();
            return -1;
        }
        int count = Math.min(value.length, left);
        System.arraycopy(field, bytesFieldOffset, value, 0, count);
        bytesFieldOffset += count;
        if (count < value.length) {
            finishField();
        }
        return count;
    }

    @Override
    public Object readObject() throws JMSException {
        Object value = BodyValues.copyOut(peek());
        finishField();
        return value;
    }

    // ---------------------------------------------------------------- writing

    private void append(Object value) throws JMSException {
        requireWritableBody();
        fields.add(value);
    }

    @Override
    public void writeBoolean(boolean value) throws JMSException {
        append(value);
    }

    @Override
    public void writeByte(byte value) throws JMSException {
        append(value);
    }

    @Override
    public void writeShort(short value) throws JMSException {
        append(value);
    }

    @Override
    public void writeChar(char value) throws JMSException {
        append(value);
    }

    @Override
    public void writeInt(int value) throws JMSException {
        append(value);
    }

    @Override
    public void writeLong(long value) throws JMSException {
        append(value);
    }

    @Override
    public void writeFloat(float value) throws JMSException {
        append(value);
    }

    @Override
    public void writeDouble(double value) throws JMSException {
        append(value);
    }

    @Override
    public void writeString(String value) throws JMSException {
        append(value);
    }

    /** A null array is written as a null field, which readBytes returns as -1 and readObject as null. */
    @Override
    public void writeBytes(byte[] value) throws JMSException {
        append(value == null ? null : value.clone());
    }

    @Override
    public void writeBytes(byte[] value, int offset, int length) throws JMSException {
        if (offset < 0 || length < 0 || offset > value.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + " and length " + length
                    + " do not fit an array of " + value.length);
        }
        append(Arrays.copyOfRange(value, offset, offset + length));
    }

    @Override
    public void writeObject(Object value) throws JMSException {
        requireWritableBody();
        fields.add(BodyValues.checkedCopy(value, "a stream message"));
    }

    // ---------------------------------------------------------------- state

    @Override
    public void reset() {
        bodyReadOnly(true);
        enterReadMode();
    }

    @Override
    void enterReadMode() {
        next = 0;
        bytesFieldOffset = -1;
    }

    @Override
    void clearBodyContent() {
        fields = new ArrayList<>();
        next = 0;
        bytesFieldOffset = -1;
    }

    /** JMS forbids getBody on a stream message. */
    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        throw new MessageFormatException("getBody is not supported by a StreamMessage (see Message.getBody)");
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean isBodyAssignableTo(Class c) {
        return false;
    }

    @Override
    void copyBodyTo(SluiceMessage target) {
        SluiceStreamMessage copy = (SluiceStreamMessage) target;
        copy.fields = new ArrayList<>(fields);
        copy.next = next;
        copy.bytesFieldOffset = bytesFieldOffset;
    }

    @Override
    void writeBody(PayloadWriter out) {
        out.writeVarLong(fields.size());
        for (Object field : fields) {
            out.writeValue(field);
        }
    }

    @Override
    void readBody(PayloadReader in) {
        int count = in.readCount("stream field count");
        List<Object> decoded = new ArrayList<>(Math.min(count, 1 << 12));
        for (int i = 0; i < count; i++) {
            decoded.add(in.readValue("a stream field"));
        }
        fields = decoded;
    }
}
