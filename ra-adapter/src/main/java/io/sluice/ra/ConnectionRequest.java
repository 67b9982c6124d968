package io.sluice.ra;

import jakarta.resource.spi.ConnectionRequestInfo;

/** Application-managed credentials: what the application passed to createConnection(user, password). */
record ConnectionRequest(String user, String password) implements ConnectionRequestInfo {

    static final ConnectionRequest CONTAINER_MANAGED = new ConnectionRequest(null, null);

    @Override
    public String toString() {
        return "ConnectionRequest[user=" + user + "]";
    }
}
