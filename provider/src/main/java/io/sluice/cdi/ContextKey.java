package io.sluice.cdi;

import io.sluice.client.SessionMode;
import jakarta.enterprise.inject.spi.Annotated;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSPasswordCredential;
import jakarta.jms.JMSSessionMode;

/**
 * What tells injected contexts apart: the spec shares one context within a scope among injection
 * points with identical annotations, so the annotations' values are the key.
 *
 * @param connectionFactory the JNDI name of {@code @JMSConnectionFactory}, or null for the default factory
 * @param userName          of {@code @JMSPasswordCredential}, or null for the factory's own credentials
 * @param password          of {@code @JMSPasswordCredential}, or null
 * @param sessionMode       of {@code @JMSSessionMode}, {@code AUTO_ACKNOWLEDGE} when absent
 */
record ContextKey(String connectionFactory, String userName, String password, int sessionMode) {

    /**
     * @param injectionPoint the annotated field or parameter; null (a programmatic lookup) means no annotations
     * @throws IllegalArgumentException when an annotation holds a value no context could be made with
     */
    static ContextKey of(Annotated injectionPoint) {
        if (injectionPoint == null) {
            return new ContextKey(null, null, null, JMSContext.AUTO_ACKNOWLEDGE);
        }
        JMSConnectionFactory factory = injectionPoint.getAnnotation(JMSConnectionFactory.class);
        JMSPasswordCredential credential = injectionPoint.getAnnotation(JMSPasswordCredential.class);
        JMSSessionMode mode = injectionPoint.getAnnotation(JMSSessionMode.class);
        if (factory != null && factory.value().isBlank()) {
            throw new IllegalArgumentException("@JMSConnectionFactory needs the JNDI name of a connection factory");
        }
        int sessionMode = mode == null ? JMSContext.AUTO_ACKNOWLEDGE : mode.value();
        if (!SessionMode.isValid(sessionMode)) {
            throw new IllegalArgumentException("@JMSSessionMode(" + sessionMode + ") is not a session mode; expected "
                    + SessionMode.VALID_MODES);
        }
        return new ContextKey(factory == null ? null : factory.value(),
                credential == null ? null : credential.userName(),
                credential == null ? null : credential.password(),
                sessionMode);
    }

    /** Without the password: keys end up in error messages. */
    @Override
    public String toString() {
        return "[connectionFactory=" + (connectionFactory == null ? "(default)" : connectionFactory)
                + (userName == null ? "" : ", user=" + userName) + ", sessionMode=" + sessionMode + "]";
    }
}
