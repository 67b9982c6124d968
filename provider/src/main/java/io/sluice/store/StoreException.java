package io.sluice.store;

import java.io.IOException;

/** A store operation failed; the log itself stays consistent. */
public class StoreException extends IOException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
