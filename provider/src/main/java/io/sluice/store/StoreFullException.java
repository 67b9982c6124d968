package io.sluice.store;

/** An append was refused because it would pass the configured disk limit; nothing was written. */
public final class StoreFullException extends StoreException {
    public StoreFullException(String message) {
        super(message);
    }
}
