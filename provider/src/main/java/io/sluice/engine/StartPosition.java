package io.sluice.engine;

/** Where a newly created group starts in each queue. A reopened group resumes at its committed offsets. */
public enum StartPosition {
    /** The oldest message still retained (and not older than the topic's declaration). */
    EARLIEST,
    /** The end of each queue at the moment the group is created: only later messages are seen. */
    LATEST
}
