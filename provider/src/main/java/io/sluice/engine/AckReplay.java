package io.sluice.engine;

import io.sluice.store.CommitLog;
import io.sluice.store.ConsumeQueueStore;
import io.sluice.store.RecordType;

import java.io.IOException;

/**
 * Recovery: applies the ack records written after the last checkpoint to the restored groups, and
 * the relocations of the MOVE records written after it to the consume queues.
 */
final class AckReplay {
    private AckReplay() {
    }

    static void replay(CommitLog log, long from, GroupRegistry groups, ConsumeQueueStore queues,
                       Relocations relocations) throws IOException {
        long start = Math.max(from, log.minPosition());
        log.scan(start, log.writePosition(), (position, size, record) -> {
            if (record.type() == RecordType.MOVE) {
                Relocations.Key key = new Relocations.Key(record.topic(), record.queueId(), Compactor.movedOffset(record));
                Relocations.Moved to = new Relocations.Moved(position, size);
                relocations.record(key, to);
                Relocations.relocate(queues, key, to);
            } else if (record.type() == RecordType.ACK) {
                groups.get(record.topic(), RecordCodec.ackGroup(record))
                        .filter(group -> group.incarnation() == RecordCodec.ackIncarnation(record))
                        .ifPresent(group -> {
                    for (long offset : RecordCodec.ackOffsets(record)) {
                        group.replayAck(record.queueId(), offset);
                    }
                });
            }
        });
    }
}
