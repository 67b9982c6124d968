package io.sluice.broker;

import jakarta.jms.InvalidClientIDException;

import java.util.HashSet;
import java.util.Set;

/** The client identifiers of the live connections of one broker: the spec allows each only once. */
final class ClientIdRegistry {

    private final Set<String> inUse = new HashSet<>();

    synchronized void register(String clientId) throws InvalidClientIDException {
        if (clientId == null || clientId.isEmpty()) {
            throw new InvalidClientIDException("a client ID must not be null or empty");
        }
        if (!inUse.add(clientId)) {
            throw new InvalidClientIDException("client ID '" + clientId + "' is already in use by another connection");
        }
    }

    synchronized void release(String clientId) {
        inUse.remove(clientId);
    }
}
