package io.sluice.cdi;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.jms.JMSContext;

import java.util.HashMap;
import java.util.Map;

/** The request-scoped injected contexts: one per key and request, closed when the request ends. */
@RequestScoped
class RequestContexts {

    private final Map<ContextKey, JMSContext> open = new HashMap<>();

    synchronized JMSContext contextFor(ContextKey key, ContextOpener opener) {
        return open.computeIfAbsent(key, k -> opener.open(k, k.sessionMode()));
    }

    /** Closes every context, even when one fails; the first failure is rethrown for the container to log. */
    @PreDestroy
    synchronized void closeAll() {
        RuntimeException failure = null;
        for (JMSContext context : open.values()) {
            try {
                context.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
