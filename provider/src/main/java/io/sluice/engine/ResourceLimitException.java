package io.sluice.engine;

/**
 * A send was refused because a limit was reached: the engine's {@code maxInFlightBytes} or the store's
 * {@code maxDiskBytes} (then the cause is the store's {@code StoreFullException}). Nothing was written;
 * the JMS layer may block and retry or throw {@code ResourceAllocationException}.
 */
public final class ResourceLimitException extends RuntimeException {
    public enum Limit { IN_FLIGHT_BYTES, DISK }

    private final Limit limit;

    public ResourceLimitException(Limit limit, String message, Throwable cause) {
        super(message, cause);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
