package io.sluice.message;

import jakarta.jms.BytesMessage;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageEOFException;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;

import java.io.Serializable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages of an imaginary other JMS provider, built with {@link Proxy} so that the tests see only the JMS
 * interfaces: header getters answer from a map, properties from another, bodies from simple state.
 */
final class ForeignMessages {
    final Map<String, Object> headers = new HashMap<>();
    final Map<String, Object> properties = new LinkedHashMap<>();

    ForeignMessages header(String getter, Object value) {
        headers.put(getter, value);
        return this;
    }

    ForeignMessages property(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    Message plain() {
        return proxy(Message.class, (method, args) -> unhandled(method));
    }

    TextMessage text(String text) {
        return proxy(TextMessage.class, (method, args) -> method.getName().equals("getText") ? text : unhandled(method));
    }

    ObjectMessage object(Serializable object) {
        return proxy(ObjectMessage.class,
                (method, args) -> method.getName().equals("getObject") ? object : unhandled(method));
    }

    MapMessage map(Map<String, Object> entries) {
        return proxy(MapMessage.class, (method, args) -> switch (method.getName()) {
            case "getMapNames" -> Collections.enumeration(entries.keySet());
            case "getObject" -> entries.get((String) args[0]);
            default -> unhandled(method);
        });
    }

    /** A stream message whose reads count how often reset() was called, to show the copier rewinds it. */
    StreamMessage stream(List<Object> fields, int[] resets) {
        int[] next = {0};
        return proxy(StreamMessage.class, (method, args) -> switch (method.getName()) {
            case "reset" -> {
                next[0] = 0;
                resets[0]++;
                yield null;
            }
            case "readObject" -> {
                if (next[0] >= fields.size()) {
                    throw new MessageEOFException("end");
                }
                yield fields.get(next[0]++);
            }
            default -> unhandled(method);
        });
    }

    BytesMessage bytes(byte[] content, int[] position) {
        return proxy(BytesMessage.class, (method, args) -> switch (method.getName()) {
            case "reset" -> {
                position[0] = 0;
                yield null;
            }
            case "getBodyLength" -> (long) content.length;
            case "readBytes" -> {
                byte[] buffer = (byte[]) args[0];
                int left = content.length - position[0];
                if (left == 0) {
                    yield -1;
                }
                int count = Math.min(left, buffer.length);
                System.arraycopy(content, position[0], buffer, 0, count);
                position[0] += count;
                yield count;
            }
            default -> unhandled(method);
        });
    }

    @FunctionalInterface
    interface BodyHandler {
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    private static final Object UNHANDLED = new Object();

    private static Object unhandled(Method method) {
        return UNHANDLED;
    }

    private <T extends Message> T proxy(Class<T> type, BodyHandler body) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object answer = body.invoke(method, args);
            if (answer != UNHANDLED) {
                return answer;
            }
            String name = method.getName();
            switch (name) {
                case "getPropertyNames":
                    return Collections.enumeration(properties.keySet());
                case "getObjectProperty":
                    return properties.get((String) args[0]);
                case "toString":
                    return "foreign " + type.getSimpleName();
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    break;
            }
            if (headers.containsKey(name)) {
                Object value = headers.get(name);
                if (value instanceof Throwable failure) {
                    throw failure;
                }
                return value;
            }
            return defaultFor(method.getReturnType());
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object defaultFor(Class<?> type) {
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
