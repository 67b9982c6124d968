package io.sluice.store;

import java.io.IOException;

/** Receives records in log order from {@link CommitLog#scan}. */
@FunctionalInterface
public interface RecordVisitor {
    void visit(long position, int size, LogRecord record) throws IOException;
}
