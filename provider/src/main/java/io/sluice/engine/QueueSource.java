package io.sluice.engine;

import java.io.IOException;

/** The messages of one queue of a topic, by queue offset: the store seen from a cursor. */
interface QueueSource {
    /** The lowest offset still stored (retention deletes below it). */
    long minOffset();

    /** The next offset to be written. */
    long maxOffset();

    /** The message at {@code offset}, or null when it is not (or no longer) stored. */
    StoredMessage read(long offset) throws IOException;
}
