package io.sluice.cdi;

import jakarta.jms.JMSContext;

/** Creates the real (application-managed) context behind injected ones. */
@FunctionalInterface
interface ContextOpener {

    JMSContext open(ContextKey key, int sessionMode);
}
