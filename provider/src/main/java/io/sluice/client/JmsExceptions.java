package io.sluice.client;

import jakarta.jms.IllegalStateException;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidClientIDException;
import jakarta.jms.InvalidClientIDRuntimeException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.InvalidSelectorRuntimeException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageFormatRuntimeException;
import jakarta.jms.MessageNotWriteableException;
import jakarta.jms.MessageNotWriteableRuntimeException;
import jakarta.jms.ResourceAllocationException;
import jakarta.jms.ResourceAllocationRuntimeException;
import jakarta.jms.TransactionInProgressException;
import jakarta.jms.TransactionInProgressRuntimeException;
import jakarta.jms.TransactionRolledBackException;
import jakarta.jms.TransactionRolledBackRuntimeException;

/** The simplified API throws the unchecked twin of each checked JMS exception. */
final class JmsExceptions {

    private JmsExceptions() {
    }

    static JMSRuntimeException toRuntime(JMSException e) {
        JMSRuntimeException runtime;
        String message = e.getMessage();
        String code = e.getErrorCode();
        if (e instanceof IllegalStateException) {
            runtime = new IllegalStateRuntimeException(message, code);
        } else if (e instanceof InvalidClientIDException) {
            runtime = new InvalidClientIDRuntimeException(message, code);
        } else if (e instanceof InvalidDestinationException) {
            runtime = new InvalidDestinationRuntimeException(message, code);
        } else if (e instanceof InvalidSelectorException) {
            runtime = new InvalidSelectorRuntimeException(message, code);
        } else if (e instanceof JMSSecurityException) {
            runtime = new JMSSecurityRuntimeException(message, code);
        } else if (e instanceof MessageFormatException) {
            runtime = new MessageFormatRuntimeException(message, code);
        } else if (e instanceof MessageNotWriteableException) {
            runtime = new MessageNotWriteableRuntimeException(message, code);
        } else if (e instanceof ResourceAllocationException) {
            runtime = new ResourceAllocationRuntimeException(message, code);
        } else if (e instanceof TransactionInProgressException) {
            runtime = new TransactionInProgressRuntimeException(message, code);
        } else if (e instanceof TransactionRolledBackException) {
            runtime = new TransactionRolledBackRuntimeException(message, code);
        } else {
            runtime = new JMSRuntimeException(message, code);
        }
        runtime.initCause(e);
        return runtime;
    }

    static IllegalStateException closed(String what) {
        return new IllegalStateException("the " + what + " is closed");
    }
}
