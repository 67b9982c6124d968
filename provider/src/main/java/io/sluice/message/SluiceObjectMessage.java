package io.sluice.message;

import jakarta.jms.JMSException;
import jakarta.jms.ObjectMessage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * A message whose body is a serialized Java object. The object is serialized when it is set, so later
 * changes to it do not reach the message, and deserialized afresh by every {@link #getObject()}, only from
 * the classes the {@link TrustedPackages} allow.
 */
public class SluiceObjectMessage extends SluiceMessage implements ObjectMessage {
    private byte[] serialized;   // null when there is no object; never modified, so copies may share it
    private TrustedPackages trustedPackages;   // null: TrustedPackages.fromSystemProperty() when read

    public SluiceObjectMessage() {
    }

    @Override
    public MessageType type() {
        return MessageType.OBJECT;
    }

    /** Restricts what {@link #getObject()} deserializes for this message, instead of the system-wide default. */
    public void setTrustedPackages(TrustedPackages trustedPackages) {
        this.trustedPackages = trustedPackages;
    }

    @Override
    public void setObject(Serializable object) throws JMSException {
        requireWritableBody();
        serialized = object == null ? null : serialize(object);
    }

    private static byte[] serialize(Serializable object) throws JMSException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        } catch (IOException e) {
            throw JmsExceptions.messageFormat("the object of class " + object.getClass().getName()
                    + " cannot be serialized: " + e, e);
        }
        return bytes.toByteArray();
    }

    @Override
    public Serializable getObject() throws JMSException {
        if (serialized == null) {
            return null;
        }
        TrustedPackages trusted = trustedPackages != null ? trustedPackages : TrustedPackages.fromSystemProperty();
        try (TrustingObjectInputStream in =
                     new TrustingObjectInputStream(new ByteArrayInputStream(serialized), trusted)) {
            return (Serializable) in.readObject();
        } catch (TrustingObjectInputStream.UntrustedClassException e) {
            throw JmsExceptions.messageFormat("the object message body contains class " + e.classname
                    + ", which is not trusted for deserialization (trusted: " + trusted + "); add its package to "
                    + "the system property " + TrustedPackages.SYSTEM_PROPERTY
                    + " or to the message's TrustedPackages", e);
        } catch (ClassNotFoundException e) {
            throw JmsExceptions.messageFormat("the object message body cannot be deserialized: class "
                    + e.getMessage() + " is not on the classpath", e);
        } catch (IOException | ClassCastException e) {
            throw JmsExceptions.messageFormat("the object message body cannot be deserialized: " + e, e);
        }
    }

    @Override
    void clearBodyContent() {
        serialized = null;
    }

    @Override
    Object bodyForGetBody() throws JMSException {
        return getObject();
    }

    @Override
    void copyBodyTo(SluiceMessage target) {
        SluiceObjectMessage copy = (SluiceObjectMessage) target;
        copy.serialized = serialized;
        copy.trustedPackages = trustedPackages;
    }

    @Override
    int encodedBodySizeHint() {
        return serialized == null ? 1 : serialized.length + 5;
    }

    @Override
    void writeBody(PayloadWriter out) {
        out.writeNullableBytes(serialized);
    }

    @Override
    void readBody(PayloadReader in) {
        serialized = in.readNullableBytes("object body");
    }
}
