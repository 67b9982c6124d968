package io.sluice.message;

import jakarta.jms.MessageFormatException;

/** JMS exceptions that carry their cause both ways JMS code looks for it. */
final class JmsExceptions {
    private JmsExceptions() {
    }

    static MessageFormatException messageFormat(String problem, Exception cause) {
        MessageFormatException exception = new MessageFormatException(problem);
        exception.setLinkedException(cause);
        exception.initCause(cause);
        return exception;
    }
}
