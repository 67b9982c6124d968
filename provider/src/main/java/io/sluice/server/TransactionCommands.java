package io.sluice.server;

import io.sluice.broker.ClientConsumer;
import io.sluice.broker.ClientSession;
import io.sluice.broker.ConsumedDeliveries;
import io.sluice.protocol.FrameReader;
import io.sluice.protocol.FrameType;
import io.sluice.protocol.OutgoingMessageCodec;
import io.sluice.protocol.ProtocolException;
import jakarta.jms.JMSException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The transaction frames of one server connection (docs/protocol.md#transactions): each becomes its broker call. */
final class TransactionCommands {

    /** Looks up an open session or consumer of the connection by the id the client gave it. */
    @FunctionalInterface
    interface Lookup<T> {
        T find(int id) throws JMSException;
    }

    private final Lookup<ClientSession> sessions;
    private final Lookup<ClientConsumer> consumers;

    TransactionCommands(Lookup<ClientSession> sessions, Lookup<ClientConsumer> consumers) {
        this.sessions = sessions;
        this.consumers = consumers;
    }

    /** Completes when the broker has done what the frame asks; the caller answers it then. */
    CompletableFuture<?> handle(FrameType type, FrameReader in) throws JMSException {
        ClientSession session = sessions.find(in.readInt());
        String transaction = in.readString();
        return switch (type) {
            case TX_SEND -> {
                var message = OutgoingMessageCodec.read(in);
                in.end();
                yield session.sendInTransaction(transaction, message);
            }
            case TX_COMMIT -> session.commit(transaction, consumed(in));
            case TX_ROLLBACK -> {
                in.end();
                yield session.rollback(transaction);
            }
            default -> throw new ProtocolException(type + " is not a transaction frame");
        };
    }

    private List<ConsumedDeliveries> consumed(FrameReader in) throws JMSException {
        int count = in.readInt();
        if (count < 0) {
            throw new ProtocolException("TX_COMMIT with " + count + " consumers");
        }
        List<ConsumedDeliveries> consumed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ClientConsumer consumer = consumers.find(in.readInt());
            int deliveries = in.readInt();
            if (deliveries < 0) {
                throw new ProtocolException("TX_COMMIT with " + deliveries + " deliveries of a consumer");
            }
            List<Long> ids = new ArrayList<>(deliveries);
            for (int d = 0; d < deliveries; d++) {
                ids.add(in.readLong());
            }
            consumed.add(new ConsumedDeliveries(consumer, ids));
        }
        in.end();
        return consumed;
    }
}
