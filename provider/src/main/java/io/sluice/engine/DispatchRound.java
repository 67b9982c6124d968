package io.sluice.engine;

import java.util.List;

/** What a {@link DispatchPolicy} sees and may do during one pump round; the group's lock is held. */
interface DispatchRound {
    long now();

    List<QueueCursor> cursors();

    /** Attached consumers in attach order. */
    List<Consumer> consumers();

    /** True when no more deliveries may start in this round (group in-flight window or batch full). */
    boolean full();

    /** The message goes to the consumer. */
    void handOver(QueueCursor cursor, Pending pending, Consumer consumer);

    /** The message expired: it is moved or dropped, never delivered. */
    void expire(QueueCursor cursor, Pending pending);
}
