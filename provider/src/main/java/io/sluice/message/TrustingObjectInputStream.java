package io.sluice.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;

/**
 * Deserializes only trusted classes, checking each class name before the class is loaded (so no static
 * initializer of an untrusted class runs), and finds classes through the thread's context class loader
 * first, as application servers need.
 */
final class TrustingObjectInputStream extends ObjectInputStream {
    private final TrustedPackages trusted;

    TrustingObjectInputStream(InputStream in, TrustedPackages trusted) throws IOException {
        super(in);
        this.trusted = trusted;
    }

    /** Thrown for a class outside the trusted packages; carries its name for the error message. */
    static final class UntrustedClassException extends InvalidClassException {
        private static final long serialVersionUID = 1L;

        UntrustedClassException(String className) {
            super(className, "not in the trusted packages");
        }
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
        String name = description.getName();
        requireTrusted(name);
        ClassLoader contextLoader = Thread.currentThread().getContextClassLoader();
        if (contextLoader != null) {
            try {
                return Class.forName(name, false, contextLoader);
            } catch (ClassNotFoundException notVisibleThere) {
                // fall back to the default lookup, which also knows primitive types
            }
        }
        return super.resolveClass(description);
    }

    @Override
    protected Class<?> resolveProxyClass(String[] interfaces) throws IOException, ClassNotFoundException {
        for (String name : interfaces) {
            requireTrusted(name);
        }
        return super.resolveProxyClass(interfaces);
    }

    private void requireTrusted(String className) throws UntrustedClassException {
        if (!trusted.trusts(className)) {
            throw new UntrustedClassException(className);
        }
    }
}
