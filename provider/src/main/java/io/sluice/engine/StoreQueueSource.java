package io.sluice.engine;

import io.sluice.store.CommitLog;
import io.sluice.store.ConsumeQueue;
import io.sluice.store.CorruptRecordException;

import java.io.IOException;

/** A queue read through its consume queue and the commit log. */
final class StoreQueueSource implements QueueSource {
    private static final System.Logger LOG = System.getLogger(StoreQueueSource.class.getName());

    private final int queueId;
    private final ConsumeQueue queue;
    private final CommitLog log;

    StoreQueueSource(int queueId, ConsumeQueue queue, CommitLog log) {
        this.queueId = queueId;
        this.queue = queue;
        this.log = log;
    }

    @Override
    public long minOffset() {
        return queue.minOffset();
    }

    @Override
    public long maxOffset() {
        return queue.maxOffset();
    }

    @Override
    public StoredMessage read(long offset) throws IOException {
        ConsumeQueue.Entry entry = queue.get(offset);
        if (entry == null || entry.logPosition() < log.minPosition()) {
            return null;
        }
        try {
            return new StoredMessage(queueId, offset, entry.logPosition(), entry.size(),
                    RecordCodec.toMessage(log.read(entry.logPosition())));
        } catch (CorruptRecordException e) {
            // one unreadable record must not block its queue forever; it is reported and skipped
            LOG.log(System.Logger.Level.ERROR, "skipping unreadable message at offset " + offset
                    + " of queue " + queueId + ": " + e.getMessage(), e);
            return null;
        }
    }
}
