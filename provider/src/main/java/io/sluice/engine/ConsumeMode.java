package io.sluice.engine;

/** How the consumers of one group share a topic's queues. */
public enum ConsumeMode {
    /**
     * One consumer owns a queue at a time and the next message of that queue is handed out only
     * after the previous one was acknowledged (or dead-lettered). Queues are rebalanced among the
     * group's consumers as they attach and close.
     */
    ORDERED,
    /**
     * Any number of consumers take messages from the same queue, each message acknowledged on its
     * own; the committed offset is the lowest unacknowledged offset.
     */
    CONCURRENT
}
