package io.sluice.message;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotReadableException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;

/**
 * A message whose body is a stream of uninterpreted bytes, with the big-endian layout of
 * {@link java.io.DataOutput}. Write-only until {@link #reset()}, then read-only until {@link #clearBody()}.
 * A read that fails leaves the read position where it was.
 */
public class SluiceBytesMessage extends SluiceMessage implements BytesMessage {
    private static final byte[] EMPTY = new byte[0];

    private PayloadWriter written;   // write mode; null while nothing has been written
    private byte[] data;             // read mode; never modified, so copies may share it
    private int position;

    public SluiceBytesMessage() {
    }

    @Override
    public MessageType type() {
        return MessageType.BYTES;
    }

    // ---------------------------------------------------------------- reading

    private void requireReadable() throws MessageNotReadableException {
        if (!isBodyReadOnly()) {
            throw new MessageNotReadableException("this bytes message is write-only; call reset() to read it");
        }
    }

    /** Claims the next {@code count} bytes and returns where they start. */
    private int take(int count) throws JMSException {
        requireReadable();
        if (data.length - position < count) {
            throw new MessageEOFException("end of the bytes message: " + count + " bytes wanted, "
                    + (data.length - position) + " left");
        }
        int start = position;
        position += count;
        return start;
    }

    @Override
    public long getBodyLength() throws JMSException {
        requireReadable();
        return data.length;
    }

    @Override
    public boolean readBoolean() throws JMSException {
        return data[take(1)] != 0;
    }

    @Override
    public byte readByte() throws JMSException {
        return data[take(1)];
    }

    @Override
    public int readUnsignedByte() throws JMSException {
        return data[take(1)] & 0xFF;
    }

    @Override
    public short readShort() throws JMSException {
        return (short) readUnsignedShort();
    }

    @Override
    public int readUnsignedShort() throws JMSException {
        int at = take(2);
        return ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF);
    }

    @Override
    public char readChar() throws JMSException {
        return (char) readUnsignedShort();
    }

    @Override
    public int readInt() throws JMSException {
        int at = take(4);
        return ((data[at] & 0xFF) << 24) | ((data[at + 1] & 0xFF) << 16) | ((data[at + 2] & 0xFF) << 8)
                | (data[at + 3] & 0xFF);
    }

    @Override
    public long readLong() throws JMSException {
        int at = take(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (data[at + i] & 0xFF);
        }
        return value;
    }

    @Override
    public float readFloat() throws JMSException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws JMSException {
        return Double.longBitsToDouble(readLong());
    }

    @Override
    public String readUTF() throws JMSException {
        requireReadable();
        if (data.length - position < 2) {
            throw new MessageEOFException("end of the bytes message: no string length left to read");
        }
        int encodedLength = 2 + (((data[position] & 0xFF) << 8) | (data[position + 1] & 0xFF));
        if (data.length - position < encodedLength) {
            throw new MessageEOFException("end of the bytes message: a string of " + (encodedLength - 2)
                    + " bytes was announced but only " + (data.length - position - 2) + " are left");
        }
        try {
            String value = DataInputStream.readUTF(
                    new DataInputStream(new ByteArrayInputStream(data, position, encodedLength)));
            position += encodedLength;
            return value;
        } catch (UTFDataFormatException e) {
            throw JmsExceptions.messageFormat("the bytes at the read position are not a modified UTF-8 string", e);
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory array failed", e);
        }
    }

    @Override
    public int readBytes(byte[] value) throws JMSException {
        return readBytes(value, value.length);
    }

    @Override
    public int readBytes(byte[] value, int length) throws JMSException {
        if (length < 0 || length > value.length) {
            throw new IndexOutOfBoundsException("length " + length + " is outside the buffer of " + value.length);
        }
        requireReadable();
        int left = data.length - position;
        if (left == 0) {
            return -1;
        }
        int count = Math.min(length, left);
        System.arraycopy(data, position, value, 0, count);
        position += count;
        return count;
    }

    // ---------------------------------------------------------------- writing

    private PayloadWriter writer() throws JMSException {
        requireWritableBody();
        if (written == null) {
            written = new PayloadWriter(64);
        }
        return written;
    }

    @Override
    public void writeBoolean(boolean value) throws JMSException {
        writer().writeByte(value ? 1 : 0);
    }

    @Override
    public void writeByte(byte value) throws JMSException {
        writer().writeByte(value);
    }

    @Override
    public void writeShort(short value) throws JMSException {
        writer().writeShort(value);
    }

    @Override
    public void writeChar(char value) throws JMSException {
        writer().writeShort(value);
    }

    @Override
    public void writeInt(int value) throws JMSException {
        writer().writeInt(value);
    }

    @Override
    public void writeLong(long value) throws JMSException {
        writer().writeLong(value);
    }

    @Override
    public void writeFloat(float value) throws JMSException {
        writer().writeInt(Float.floatToIntBits(value));
    }

    @Override
    public void writeDouble(double value) throws JMSException {
        writer().writeLong(Double.doubleToLongBits(value));
    }

    @Override
    public void writeUTF(String value) throws JMSException {
        PayloadWriter out = writer();
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(value.length() + 2);
        try {
            new DataOutputStream(encoded).writeUTF(value);
        } catch (UTFDataFormatException e) {
            throw JmsExceptions.messageFormat("a string written with writeUTF is limited to 65535 encoded bytes", e);
        } catch (IOException e) {
            throw new IllegalStateException("writing to an in-memory stream failed", e);
        }
        out.writeRaw(encoded.toByteArray(), 0, encoded.size());
    }

    @Override
    public void writeBytes(byte[] value) throws JMSException {
        writeBytes(value, 0, value.length);
    }

    @Override
    public void writeBytes(byte[] value, int offset, int length) throws JMSException {
        if (offset < 0 || length < 0 || offset > value.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + " and length " + length
                    + " do not fit an array of " + value.length);
        }
        writer().writeRaw(value, offset, length);
    }

    @Override
    public void writeObject(Object value) throws JMSException {
        if (value == null) {
            throw new NullPointerException("a bytes message cannot hold a null value");
        } else if (value instanceof Boolean b) {
            writeBoolean(b);
        } else if (value instanceof Byte b) {
            writeByte(b);
        } else if (value instanceof Short s) {
            writeShort(s);
        } else if (value instanceof Character c) {
            writeChar(c);
        } else if (value instanceof Integer i) {
            writeInt(i);
        } else if (value instanceof Long l) {
            writeLong(l);
        } else if (value instanceof Float f) {
            writeFloat(f);
        } else if (value instanceof Double d) {
            writeDouble(d);
        } else if (value instanceof String s) {
            writeUTF(s);
        } else if (value instanceof byte[] bytes) {
            writeBytes(bytes);
        } else {
            throw new MessageFormatException("a bytes message cannot hold a " + value.getClass().getName()
                    + ": only boxed primitives, String and byte[] can be written");
        }
    }

    // ---------------------------------------------------------------- state

    @Override
    public void reset() {
        bodyReadOnly(true);
        enterReadMode();
    }

    @Override
    void enterReadMode() {
        if (written != null) {
            data = written.toByteArray();
            written = null;
        } else if (data == null) {
            data = EMPTY;
        }
        position = 0;
    }

    @Override
    void clearBodyContent() {
        written = null;
        data = null;
        position = 0;
    }

    /** Per the javadoc, getBody reads the whole body and leaves the read position at the start. */
    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        T body = super.getBody(c);
        position = 0;
        return body;
    }

    @Override
    Object bodyForGetBody() {
        if (data != null) {
            return data.length == 0 ? null : data.clone();
        }
        return written == null || written.size() == 0 ? null : written.toByteArray();
    }

    @Override
    Class<?> bodyTypeOf(Object body) {
        return byte[].class;
    }

    @Override
    void copyBodyTo(SluiceMessage target) {
        SluiceBytesMessage copy = (SluiceBytesMessage) target;
        copy.written = written == null ? null : written.copy();
        copy.data = data;
        copy.position = position;
    }

    @Override
    int encodedBodySizeHint() {
        return written != null ? written.size() + 5 : (data == null ? 1 : data.length + 5);
    }

    @Override
    void writeBody(PayloadWriter out) {
        if (written != null) {
            out.writeNullableBytes(written);
        } else {
            out.writeNullableBytes(data == null ? EMPTY : data);
        }
    }

    @Override
    void readBody(PayloadReader in) {
        written = null;
        data = in.readNullableBytes("bytes body");
        if (data == null) {
            throw in.malformed("a bytes message body cannot be null");
        }
        position = 0;
    }
}
