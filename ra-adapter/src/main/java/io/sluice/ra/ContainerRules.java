package io.sluice.ra;

import jakarta.jms.IllegalStateException;
import jakarta.jms.IllegalStateRuntimeException;

/** The exceptions for calls JMS 12.2 forbids to applications in a web or EJB container. */
final class ContainerRules {

    private ContainerRules() {
    }

    static IllegalStateException forbidden(String method) {
        return new IllegalStateException(message(method));
    }

    static IllegalStateRuntimeException forbiddenRuntime(String method) {
        return new IllegalStateRuntimeException(message(method));
    }

    private static String message(String method) {
        return method + " must not be called by an application in a Jakarta EE web or EJB container "
                + "(Jakarta Messaging 12.2); Sluice connections from the resource adapter refuse it";
    }
}
