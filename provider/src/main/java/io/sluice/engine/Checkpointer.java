package io.sluice.engine;

import io.sluice.store.CommitLog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the checkpoint of durable groups. The position is read before the groups are snapshotted:
 * an ack applied in memory after a group's snapshot appends its record after that moment, so at or above
 * the position, and recovery replays it. A checkpoint is only written once the log is durable up to its
 * position, so recovery never starts replaying above a tail that a crash cut off; a snapshot taken too
 * early waits for the next tick.
 */
final class Checkpointer {
    private final Path directory;
    private final CommitLog log;
    private final GroupRegistry groups;
    private final Relocations relocations;
    private final java.util.function.LongSupplier lowestLiveTransaction;
    private CheckpointFile.Checkpoint waiting;
    private CheckpointFile.Checkpoint lastWritten;
    private volatile long writtenPosition;

    Checkpointer(Path directory, CommitLog log, GroupRegistry groups, Relocations relocations,
                 java.util.function.LongSupplier lowestLiveTransaction, long recoveredPosition) {
        this.directory = directory;
        this.log = log;
        this.groups = groups;
        this.relocations = relocations;
        this.lowestLiveTransaction = lowestLiveTransaction;
        this.writtenPosition = recoveredPosition;
    }

    /** The position of the last checkpoint on disk: ack records below it are no longer needed. */
    long writtenPosition() {
        return writtenPosition;
    }

    synchronized void tick() throws IOException {
        CheckpointFile.Checkpoint fresh = take();
        if (fresh.equals(lastWritten)) {
            return; // an idle broker does not rewrite and fsync the same checkpoint every interval
        }
        long durable = log.durablePosition();
        if (durable >= fresh.position()) {
            write(fresh);
            waiting = null;
            return;
        }
        if (waiting != null && durable >= waiting.position()) {
            write(waiting);
        }
        waiting = fresh;
    }

    synchronized CheckpointFile.Checkpoint take() {
        // below a live transaction's first record, so that recovery finds all its records and retention keeps them
        long position = Math.min(log.writePosition(), lowestLiveTransaction.getAsLong());
        Map<GroupKey, CheckpointFile.GroupState> states = new LinkedHashMap<>();
        for (Group group : groups.all()) {
            if (group.options().durable()) {
                states.put(new GroupKey(group.topic(), group.name()),
                        new CheckpointFile.GroupState(group.incarnation(), group.snapshot()));
            }
        }
        return new CheckpointFile.Checkpoint(position, states, relocations.snapshot());
    }

    /** Writes a checkpoint whose position is known durable (the log was closed after it was taken). */
    synchronized void write(CheckpointFile.Checkpoint checkpoint) throws IOException {
        CheckpointFile.write(directory, checkpoint);
        writtenPosition = checkpoint.position();
        lastWritten = checkpoint;
    }
}
