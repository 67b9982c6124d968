package io.sluice.server;

import io.sluice.broker.BrokerClient;
import io.sluice.broker.ClientConsumer;
import io.sluice.engine.TransactionAck;
import io.sluice.protocol.FrameReader;
import io.sluice.protocol.FrameType;
import io.sluice.protocol.FrameWriter;
import io.sluice.protocol.ProtocolException;
import io.sluice.protocol.XaCodec;
import io.sluice.transaction.XaErrors;
import io.sluice.transaction.XaTransactions;
import jakarta.jms.JMSException;

import javax.transaction.xa.XAException;
import javax.transaction.xa.Xid;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The XA frames of one server connection (docs/protocol.md#transactions): each becomes its call on the broker's
 * branch table, and its answer carries the outcome, an XAException's code included ({@link XaCodec}).
 */
final class XaCommands {
    private final TransactionCommands.Lookup<ClientConsumer> consumers;

    XaCommands(TransactionCommands.Lookup<ClientConsumer> consumers) {
        this.consumers = consumers;
    }

    /** Completes with the body of the answer; an XA refusal is an answer too, never a failure. */
    CompletableFuture<FrameWriter> handle(BrokerClient client, FrameType type, FrameReader in) throws JMSException {
        XaTransactions xa = client.xa();
        CompletableFuture<FrameWriter> answer;
        try {
            answer = switch (type) {
                case XA_START -> {
                    Xid xid = XaCodec.readXid(in);
                    int flags = in.readInt();
                    int timeout = in.readInt();
                    in.end();
                    xa.start(xid, flags, timeout);
                    yield done(XaCodec.success());
                }
                case XA_END -> {
                    Xid xid = XaCodec.readXid(in);
                    int flags = in.readInt();
                    xa.end(xid, flags, consumed(in));
                    yield done(XaCodec.success());
                }
                case XA_PREPARE -> xa.prepare(last(in)).thenApply(result -> XaCodec.success().writeInt(result));
                case XA_COMMIT -> {
                    Xid xid = XaCodec.readXid(in);
                    boolean onePhase = in.readBoolean();
                    in.end();
                    yield xa.commit(xid, onePhase).thenApply(ignored -> XaCodec.success());
                }
                case XA_ROLLBACK -> xa.rollback(last(in)).thenApply(ignored -> XaCodec.success());
                case XA_RECOVER -> {
                    in.end();
                    List<Xid> xids = xa.recover();
                    FrameWriter out = XaCodec.success().writeInt(xids.size());
                    xids.forEach(xid -> XaCodec.writeXid(out, xid));
                    yield done(out);
                }
                case XA_FORGET -> {
                    xa.forget(last(in));
                    yield done(XaCodec.success());
                }
                case XA_RM_ID -> {
                    in.end();
                    yield done(XaCodec.success().writeString(client.resourceManagerId()));
                }
                default -> throw new ProtocolException(type + " is not an XA frame");
            };
        } catch (XAException e) {
            return done(XaCodec.failure(e));
        }
        return answer.exceptionally(failure -> XaCodec.failure(XaErrors.unwrap(failure)));
    }

    private static CompletableFuture<FrameWriter> done(FrameWriter answer) {
        return CompletableFuture.completedFuture(answer);
    }

    private static Xid last(FrameReader in) {
        Xid xid = XaCodec.readXid(in);
        in.end();
        return xid;
    }

    private List<TransactionAck> consumed(FrameReader in) throws JMSException {
        int count = in.readInt();
        if (count < 0) {
            throw new ProtocolException("XA_END with " + count + " consumers");
        }
        List<TransactionAck> acks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ClientConsumer consumer = consumers.find(in.readInt());
            int deliveries = in.readInt();
            if (deliveries < 0) {
                throw new ProtocolException("XA_END with " + deliveries + " deliveries of a consumer");
            }
            List<Long> ids = new ArrayList<>(deliveries);
            for (int d = 0; d < deliveries; d++) {
                ids.add(in.readLong());
            }
            acks.add(new TransactionAck(consumer.engineHandle(), ids));
        }
        in.end();
        return acks;
    }
}
