package io.sluice.client;

/**
 * Per-connection client settings from the URL: {@code prefetch} is each consumer's credit
 * window; {@code sendBlockTimeoutMillis} how long a producer waits while the broker refuses
 * messages for a resource limit.
 */
record ClientOptions(int prefetch, long sendBlockTimeoutMillis) {

    static final int DEFAULT_PREFETCH = 100;
    static final long DEFAULT_SEND_BLOCK_TIMEOUT_MILLIS = 10_000;

    static ClientOptions from(ConnectionUrl url) {
        long timeout = url.longOption("sendBlockTimeout", DEFAULT_SEND_BLOCK_TIMEOUT_MILLIS);
        if (timeout < 0) {
            throw new IllegalArgumentException("connection URL option sendBlockTimeout=" + timeout + " must not be negative");
        }
        return new ClientOptions(url.intOption("prefetch", DEFAULT_PREFETCH, 1), timeout);
    }
}
