package io.sluice.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The one thread that writes the commit log. Appending threads queue records; the writer takes everything queued,
 * writes it, and under SYNC completes the whole batch after a single fsync (group commit). An idle writer waits
 * for work, never for a timer, so a lone append is written and fsynced at once. Under ASYNC it only writes; the
 * {@link AsyncFlusher} fsyncs on its own thread.
 */
final class LogWriter implements Runnable {

    private static final System.Logger LOG = System.getLogger(LogWriter.class.getName());
    private static final int BUFFER_BYTES = 4 << 20;

    private record Pending(RecordCodec.Encoded encoded, CompletableFuture<AppendResult> result, boolean awaitFsync) {
    }

    /** The end of what is written and published, and the segment holding it: what an fsync from outside may cover. */
    record WrittenMark(Segment segment, long position) {
    }

    private final CommitLog log;
    private final StoreConfig config;
    private final SegmentAllocator allocator;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES);
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private final Object lock = new Object();
    private volatile QueueOffsetAssigner assigner;
    private boolean closing;
    /** Guarded by lock: a submit wakes the writer only when it waits, not on every append of a busy batch. */
    private boolean writerWaiting;
    private Segment active;
    private long position;
    private volatile WrittenMark writtenMark;

    LogWriter(CommitLog log, StoreConfig config, SegmentAllocator allocator, Segment active, long position) {
        this.log = log;
        this.config = config;
        this.allocator = allocator;
        this.active = active;
        this.position = position;
        this.writtenMark = new WrittenMark(active, position);
    }

    WrittenMark writtenMark() {
        return writtenMark;
    }

    private void publishWritten() {
        writtenMark = new WrittenMark(active, position);
        log.written(position);
    }

    void assigner(QueueOffsetAssigner assigner) {
        this.assigner = assigner;
    }

    CompletableFuture<AppendResult> submit(RecordCodec.Encoded encoded, boolean awaitFsync) {
        CompletableFuture<AppendResult> result = new CompletableFuture<>();
        synchronized (lock) {
            if (closing) {
                result.completeExceptionally(new StoreException("commit log is closed"));
                return result;
            }
            queue.add(new Pending(encoded, result, awaitFsync));
            if (writerWaiting) {
                lock.notifyAll();
            }
        }
        return result;
    }

    /** Lets the writer drain what is queued, fsync and stop. */
    void close() {
        synchronized (lock) {
            closing = true;
            lock.notifyAll();
        }
    }

    @Override
    public void run() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            boolean stop;
            synchronized (lock) {
                while (queue.isEmpty() && !closing) {
                    waitForWork();
                }
                batch.addAll(queue);
                queue.clear();
                stop = closing && batch.isEmpty();
            }
            if (stop) {
                flush();
                return;
            }
            writeBatch(batch);
            batch.clear();
        }
    }

    private void waitForWork() {
        writerWaiting = true;
        try {
            lock.wait();
        } catch (InterruptedException e) {
            closing = true;
        } finally {
            writerWaiting = false;
        }
    }

    private void writeBatch(List<Pending> batch) {
        long batchStart = position;
        Segment batchSegment = active;
        List<Pending> written = new ArrayList<>(batch.size());
        List<AppendResult> results = new ArrayList<>(batch.size());
        try {
            buffer.clear();
            long bufferStart = position;
            for (Pending pending : batch) {
                RecordCodec.Encoded encoded = pending.encoded();
                StoreException refusal = refusal(encoded);
                if (refusal != null) {
                    pending.result().completeExceptionally(refusal);
                    continue;
                }
                if (position - active.base + encoded.size > active.size) {
                    writeBuffer(bufferStart);
                    roll();
                    bufferStart = position;
                }
                if (encoded.size > buffer.remaining()) {
                    writeBuffer(bufferStart);
                    bufferStart = position;
                }
                long queueOffset = assignOffset(encoded);
                if (encoded.size > buffer.capacity()) {
                    ByteBuffer large = ByteBuffer.allocate(encoded.size);
                    encoded.writeTo(large, queueOffset);
                    large.flip();
                    active.write(large, position);
                    bufferStart = position + encoded.size;
                } else {
                    encoded.writeTo(buffer, queueOffset);
                }
                written.add(pending);
                results.add(new AppendResult(position, encoded.size));
                position += encoded.size;
                if (position - active.base > active.size / 2) {
                    allocator.prepare(active.end());
                }
            }
            writeBuffer(bufferStart);
            publishWritten();
            completeWritten(written, results, false);
            if (config.flushPolicy() == FlushPolicy.SYNC) {
                active.channel.force(false);
                log.durable(position);
            }
            completeWritten(written, results, true);
        } catch (IOException | RuntimeException e) {
            fail(written, batch, batchStart, batchSegment, e);
        }
    }

    private static void completeWritten(List<Pending> written, List<AppendResult> results, boolean awaitingFsync) {
        for (int i = 0; i < written.size(); i++) {
            Pending pending = written.get(i);
            if (pending.awaitFsync() == awaitingFsync) {
                pending.result().complete(results.get(i));
            }
        }
    }

    private StoreException refusal(RecordCodec.Encoded encoded) {
        if (encoded.size > config.segmentBytes() - Integer.BYTES) {
            return new StoreException("record of " + encoded.size + " bytes does not fit a segment of "
                    + config.segmentBytes() + " bytes");
        }
        long max = config.maxDiskBytes();
        if (max > 0) {
            long needed = position + encoded.size - log.minPosition();
            if (position - active.base + encoded.size > active.size) {
                needed = active.end() + config.segmentBytes() - log.minPosition();
            }
            if (needed > max) {
                return new StoreFullException("commit log would use " + needed + " bytes, over its limit of " + max
                        + " bytes (maxDiskBytes)");
            }
        }
        return null;
    }

    private long assignOffset(RecordCodec.Encoded encoded) {
        QueueOffsetAssigner current = assigner;
        if (current == null) {
            return -1;
        }
        if (encoded.record.type() == RecordType.TX_COMMIT) {
            TransactionEntries.assignOffsets(encoded.record.body(), current);
            return -1;
        }
        if (encoded.record.type() != RecordType.MESSAGE) {
            return -1;
        }
        return current.assign(encoded.record.topic(), encoded.record.queueId());
    }

    private void writeBuffer(long at) throws IOException {
        buffer.flip();
        if (buffer.hasRemaining()) {
            active.write(buffer, at);
        }
        buffer.clear();
    }

    /** Marks the rest of the segment unused, makes it durable, and moves on to the next one. */
    private void roll() throws IOException {
        long remaining = active.end() - position;
        if (remaining >= Integer.BYTES) {
            ByteBuffer marker = ByteBuffer.allocate(Integer.BYTES).putInt(0, RecordCodec.END_OF_SEGMENT);
            active.write(marker, position);
        }
        // The next segment's records must never be durable while this one's tail is not.
        active.channel.force(false);
        // written before durable: readers scan up to the lower of the two, and must not be told that a
        // durable part of this batch is beyond what the log says was written
        publishWritten();
        log.durable(position);
        Segment next = allocator.take(active.end());
        log.addSegment(next);
        active = next;
        position = next.base;
    }

    private void flush() {
        if (log.durablePosition() >= position) {
            return;
        }
        try {
            active.channel.force(false);
            log.durable(position);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "fsync of " + active.file + " failed; will retry", e);
        }
    }

    /**
     * Fails every append of the batch and rewinds to where the batch began, zeroing what it wrote, so that no
     * record that was never acknowledged can surface after a restart.
     */
    private void fail(List<Pending> written, List<Pending> batch, long batchStart, Segment batchSegment, Exception cause) {
        LOG.log(System.Logger.Level.ERROR, "commit log write failed at position " + batchStart, cause);
        StoreException failure = cause instanceof StoreException s ? s
                : new StoreException("commit log write failed: " + cause.getMessage(), cause);
        QueueOffsetAssigner current = assigner;
        for (Pending pending : batch) {
            pending.result().completeExceptionally(failure);
        }
        if (current != null) {
            for (int i = written.size() - 1; i >= 0; i--) {
                LogRecord record = written.get(i).encoded().record;
                if (record.type() == RecordType.MESSAGE) {
                    current.release(record.topic(), record.queueId());
                } else if (record.type() == RecordType.TX_COMMIT) {
                    TransactionEntries.releaseOffsets(record.body(), current);
                }
            }
        }
        try {
            long end = active == batchSegment ? position : batchSegment.end();
            ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE, end - batchStart));
            batchSegment.write(zeros, batchStart);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "could not zero the failed batch at " + batchStart, e);
        }
        active = batchSegment;
        position = batchStart;
        publishWritten();
    }
}
