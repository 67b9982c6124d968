package io.sluice.engine;

import io.sluice.store.CommitLog;
import io.sluice.store.ConsumeQueueStore;
import io.sluice.store.RecordType;

import java.io.IOException;

/**
 * Recovery: applies the ack records written after the last checkpoint to the restored groups (those of
 * TX_COMMIT records included), the relocations of the MOVE records written after it to the consume queues,
 * and hands the transaction records to {@link Transactions} (the checkpoint lies below every live transaction).
 */
final class AckReplay {
    private AckReplay() {
    }

    static void replay(CommitLog log, long from, GroupRegistry groups, ConsumeQueueStore queues,
                       Relocations relocations, Transactions transactions) throws IOException {
        long start = Math.max(from, log.minPosition());
        log.scan(start, log.writePosition(), (position, size, record) -> {
            if (record.type() == RecordType.MOVE) {
                Relocations.Key key = new Relocations.Key(record.topic(), record.queueId(), Compactor.movedOffset(record));
                Relocations.Moved to = new Relocations.Moved(position, size);
                relocations.record(key, to);
                Relocations.relocate(queues, key, to);
            } else if (record.type() == RecordType.HALF_MESSAGE || record.type() == RecordType.TX_PREPARE
                    || record.type() == RecordType.TX_ROLLBACK) {
                transactions.recover(position, size, record);
            } else if (record.type() == RecordType.TX_COMMIT) {
                transactions.recover(position, size, record);
                for (AckRef ack : RecordCodec.transactionAcks(record)) {
                    groups.get(ack.topic(), ack.group()).filter(group -> group.incarnation() == ack.incarnation())
                            .ifPresent(group -> ack.offsets().forEach(offset -> group.replayAck(ack.queueId(), offset)));
                }
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
