package io.sluice.protocol;

import jakarta.jms.JMSException;

import java.lang.reflect.Constructor;

/**
 * A JMSException in an ERROR frame: its class name, message and error code. The client rebuilds
 * the same class so that code catching, say, InvalidSelectorException behaves as in-VM. Only
 * classes of the jakarta.jms package are rebuilt: a class name from the network never selects
 * arbitrary code.
 */
public final class RemoteErrors {

    private static final String JMS_PACKAGE = "jakarta.jms.";

    private RemoteErrors() {
    }

    public static Frame frame(int requestId, JMSException error) {
        return new FrameWriter().writeString(jmsType(error.getClass())).writeString(error.getMessage())
                .writeString(error.getErrorCode()).frame(FrameType.ERROR, requestId);
    }

    /** The broker's own subclasses (a selector syntax error, say) travel as the JMS class they extend. */
    private static String jmsType(Class<?> type) {
        Class<?> current = type;
        while (!current.getName().startsWith(JMS_PACKAGE)) {
            current = current.getSuperclass();
        }
        return current.getName();
    }

    public static JMSException read(FrameReader in) {
        String type = in.readString();
        String message = in.readString();
        String errorCode = in.readString();
        in.end();
        return rebuild(type, message, errorCode);
    }

    private static JMSException rebuild(String type, String message, String errorCode) {
        if (type != null && type.startsWith(JMS_PACKAGE)) {
            try {
                Class<?> found = Class.forName(type, false, JMSException.class.getClassLoader());
                if (JMSException.class.isAssignableFrom(found)) {
                    Constructor<?> constructor = found.getConstructor(String.class, String.class);
                    return (JMSException) constructor.newInstance(message, errorCode);
                }
            } catch (ReflectiveOperationException e) {
                // an unknown or odd class: fall back to a plain JMSException naming it
            }
        }
        return new JMSException(type + ": " + message, errorCode);
    }
}
