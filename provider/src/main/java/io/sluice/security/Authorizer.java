package io.sluice.security;

import jakarta.jms.JMSSecurityException;

/** Decides whether a principal may use a destination. Implementations are thread-safe. */
public interface Authorizer {

    /**
     * The one name every temporary destination is checked under, whatever name the broker generated for it: a rule
     * for {@code $temp} covers all temporary queues (or topics) at once.
     */
    String TEMPORARY_DESTINATIONS = "$temp";

    /**
     * @param destination the queue or topic name ({@link #TEMPORARY_DESTINATIONS} for a temporary destination)
     * @param topic       true for a topic, false for a queue
     * @throws JMSSecurityException when {@code who} lacks the permission
     */
    void check(Principal who, Permission what, String destination, boolean topic) throws JMSSecurityException;
}
