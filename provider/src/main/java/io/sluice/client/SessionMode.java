package io.sluice.client;

import jakarta.jms.JMSException;
import jakarta.jms.Session;

/** The four session modes of the spec and nothing else. */
public final class SessionMode {

    /** How an error about a bad session mode lists the good ones. */
    public static final String VALID_MODES =
            "SESSION_TRANSACTED (0), AUTO_ACKNOWLEDGE (1), CLIENT_ACKNOWLEDGE (2) or DUPS_OK_ACKNOWLEDGE (3)";

    private SessionMode() {
    }

    public static boolean isValid(int mode) {
        return mode == Session.SESSION_TRANSACTED || mode == Session.AUTO_ACKNOWLEDGE
                || mode == Session.CLIENT_ACKNOWLEDGE || mode == Session.DUPS_OK_ACKNOWLEDGE;
    }

    static void check(int mode) throws JMSException {
        if (!isValid(mode)) {
            throw new JMSException("invalid session mode " + mode + "; expected " + VALID_MODES);
        }
    }
}
