package io.sluice.security;

/**
 * What a principal may do with a destination. The broker checks:
 * <ul>
 *   <li>{@link #SEND} for every producer send (and for a producer bound to a destination when it is created);</li>
 *   <li>{@link #CONSUME} when a consumer or a topic subscriber is created, durable and shared ones included;</li>
 *   <li>{@link #BROWSE} when a queue browser is created;</li>
 *   <li>{@link #CREATE} when a destination is used for the first time (the broker creates it), when a durable or
 *       shared subscription is created or removed (checked on the topic name) and when a temporary destination is
 *       created (checked on {@link Authorizer#TEMPORARY_DESTINATIONS}).</li>
 *   <li>{@link #ADMIN} for the administrative commands: a destination is listed, with its consumer groups, and a
 *       queue purged, only for a principal with this permission on it.</li>
 * </ul>
 */
public enum Permission {
    SEND, CONSUME, BROWSE, CREATE, ADMIN
}
