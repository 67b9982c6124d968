package io.sluice.broker;

import io.sluice.engine.ResourceLimitException;
import io.sluice.store.StoreFullException;
import jakarta.jms.JMSException;
import jakarta.jms.ResourceAllocationException;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns engine and store failures into the JMS exceptions the spec names. */
public final class JmsErrors {

    private JmsErrors() {
    }

    public static JMSException wrap(String what, Throwable cause) {
        Throwable root = unwrap(cause);
        if (root instanceof JMSException jms) {
            return jms;
        }
        JMSException e = isResourceLimit(root) ? new ResourceAllocationException(what + ": " + root.getMessage())
                : new JMSException(what + ": " + root);
        e.initCause(root);
        e.setLinkedException(root instanceof Exception ex ? ex : null);
        return e;
    }

    /** The engine refuses writes past a disk or memory limit; producers may retry later. */
    public static boolean isResourceLimit(Throwable failure) {
        Throwable root = unwrap(failure);
        return root instanceof ResourceLimitException || root instanceof StoreFullException
                || root instanceof ResourceAllocationException;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
