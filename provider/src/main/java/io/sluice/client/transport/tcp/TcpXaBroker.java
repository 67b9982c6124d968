package io.sluice.client.transport.tcp;

import io.sluice.client.transport.ConsumedInTransaction;
import io.sluice.client.transport.XaBroker;
import io.sluice.protocol.FrameReader;
import io.sluice.protocol.FrameType;
import io.sluice.protocol.FrameWriter;
import io.sluice.protocol.XaCodec;
import io.sluice.transaction.XaErrors;

import javax.transaction.xa.XAException;
import javax.transaction.xa.Xid;
import java.util.ArrayList;
import java.util.List;

/** {@link XaBroker} over a {@link TcpConnection}: one XA_* request per call, its outcome awaited. */
final class TcpXaBroker implements XaBroker {
    private final TcpConnection connection;

    TcpXaBroker(TcpConnection connection) {
        this.connection = connection;
    }

    @Override
    public void start(Xid xid, int flags, int timeoutSeconds) throws XAException {
        call(FrameType.XA_START, XaCodec.writeXid(new FrameWriter(), xid).writeInt(flags).writeInt(timeoutSeconds)).end();
    }

    @Override
    public void end(Xid xid, int flags, List<ConsumedInTransaction> consumed) throws XAException {
        FrameWriter body = XaCodec.writeXid(new FrameWriter(), xid).writeInt(flags).writeInt(consumed.size());
        for (ConsumedInTransaction c : consumed) {
            body.writeInt(((TcpConsumer) c.consumer()).id()).writeInt(c.deliveryIds().size());
            c.deliveryIds().forEach(body::writeLong);
        }
        call(FrameType.XA_END, body).end();
    }

    @Override
    public int prepare(Xid xid) throws XAException {
        FrameReader in = call(FrameType.XA_PREPARE, XaCodec.writeXid(new FrameWriter(), xid));
        int result = in.readInt();
        in.end();
        return result;
    }

    @Override
    public void commit(Xid xid, boolean onePhase) throws XAException {
        call(FrameType.XA_COMMIT, XaCodec.writeXid(new FrameWriter(), xid).writeBoolean(onePhase)).end();
    }

    @Override
    public void rollback(Xid xid) throws XAException {
        call(FrameType.XA_ROLLBACK, XaCodec.writeXid(new FrameWriter(), xid)).end();
    }

    @Override
    public List<Xid> recover() throws XAException {
        FrameReader in = call(FrameType.XA_RECOVER, new FrameWriter());
        int count = in.readInt();
        List<Xid> xids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            xids.add(XaCodec.readXid(in));
        }
        in.end();
        return xids;
    }

    @Override
    public void forget(Xid xid) throws XAException {
        call(FrameType.XA_FORGET, XaCodec.writeXid(new FrameWriter(), xid)).end();
    }

    @Override
    public String resourceManagerId() throws XAException {
        FrameReader in = call(FrameType.XA_RM_ID, new FrameWriter());
        String id = in.readString();
        in.end();
        return id;
    }

    /** A broker that cannot be reached is XAER_RMFAIL: the transaction manager retries recovery later. */
    private FrameReader call(FrameType type, FrameWriter body) throws XAException {
        FrameReader answer;
        try {
            answer = connection.call(type, body);
        } catch (jakarta.jms.JMSException e) {
            XAException failed = XaErrors.of(XAException.XAER_RMFAIL, "the broker could not be reached: " + e.getMessage());
            failed.initCause(e);
            throw failed;
        }
        return XaCodec.outcome(answer);
    }
}
