package io.sluice.tck.sending;

import jakarta.jms.TextMessage;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Collections;

/**
 * A TextMessage that is not the provider's own (spec 3.12: a provider must send other implementations),
 * built as a proxy so we need not write out the whole interface: getters read what setters stored.
 */
final class ForeignTextMessage {

    private ForeignTextMessage() {
    }

    static TextMessage create(String text) {
        Map<String, Object> headers = new HashMap<>();
        Map<String, Object> properties = new HashMap<>();
        headers.put("Text", text);
        return (TextMessage) Proxy.newProxyInstance(ForeignTextMessage.class.getClassLoader(),
                new Class<?>[] {TextMessage.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("getPropertyNames")) {
                        return Collections.enumeration(properties.keySet());
                    }
                    if (name.equals("propertyExists")) {
                        return properties.containsKey(args[0]);
                    }
                    if (name.equals("getBody")) {
                        return headers.get("Text");
                    }
                    if (name.equals("isBodyAssignableTo")) {
                        return ((Class<?>) args[0]).isAssignableFrom(String.class);
                    }
                    if (name.endsWith("Property") && args != null) {
                        return access(properties, name, args, name.startsWith("set"));
                    }
                    if (name.startsWith("setJMS") || name.equals("setText")) {
                        headers.put(name.substring(3), args[0]);
                        return null;
                    }
                    if (name.startsWith("getJMS") || name.equals("getText")) {
                        return headers.getOrDefault(name.substring(3), defaultOf(method.getReturnType()));
                    }
                    if (name.equals("toString")) {
                        return "ForeignTextMessage" + headers;
                    }
                    return defaultOf(method.getReturnType());
                });
    }

    private static Object access(Map<String, Object> properties, String name, Object[] args, boolean set) {
        if (set) {
            properties.put((String) args[0], args[1]);
            return null;
        }
        return properties.get(args[0]);
    }

    private static Object defaultOf(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }
}
