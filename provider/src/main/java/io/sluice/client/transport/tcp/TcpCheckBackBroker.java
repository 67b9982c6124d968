package io.sluice.client.transport.tcp;

import io.sluice.checkback.CheckHandler;
import io.sluice.checkback.CheckRequest;
import io.sluice.checkback.Decision;
import io.sluice.checkback.InDoubtTransaction;
import io.sluice.checkback.Outcome;
import io.sluice.client.transport.CheckBackBroker;
import io.sluice.protocol.CheckBackCodec;
import io.sluice.protocol.FrameReader;
import io.sluice.protocol.FrameType;
import io.sluice.protocol.FrameWriter;
import jakarta.jms.JMSException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link CheckBackBroker} over a {@link TcpConnection}: one CB_* request per call; the server's CHECK frames go to
 * the producer registration they name (one instance per connection, which keeps the registrations).
 */
final class TcpCheckBackBroker implements CheckBackBroker {
    private final TcpConnection connection;
    private final Map<Integer, CheckHandler> handlers = new ConcurrentHashMap<>();

    TcpCheckBackBroker(TcpConnection connection) {
        this.connection = connection;
    }

    @Override
    public Registration register(String producerGroup, CheckHandler handler) throws JMSException {
        int id = connection.nextId();
        handlers.put(id, handler);
        try {
            connection.call(FrameType.CB_REGISTER, new FrameWriter().writeInt(id).writeString(producerGroup)).end();
        } catch (JMSException | RuntimeException e) {
            handlers.remove(id);
            throw e;
        }
        return new Registration() {
            @Override
            public String newTransaction() throws JMSException {
                FrameReader in = connection.call(FrameType.CB_NEW, new FrameWriter().writeInt(id));
                String transactionId = in.readString();
                in.end();
                return transactionId;
            }

            @Override
            public void stored(String transactionId) throws JMSException {
                connection.call(FrameType.CB_STORED, new FrameWriter().writeInt(id).writeString(transactionId)).end();
            }

            @Override
            public void close() {
                if (handlers.remove(id) != null) {
                    try {
                        connection.call(FrameType.CB_UNREGISTER, new FrameWriter().writeInt(id)).end();
                    } catch (JMSException e) {
                        // the connection is gone: the broker dropped the registration with it
                    }
                }
            }
        };
    }

    @Override
    public Outcome end(String transactionId, Decision decision, long epoch) throws JMSException {
        return outcome(connection.call(FrameType.CB_END, new FrameWriter().writeString(transactionId)
                .writeInt(decision.ordinal()).writeLong(epoch)));
    }

    @Override
    public List<InDoubtTransaction> inDoubt() throws JMSException {
        return CheckBackCodec.readInDoubt(connection.call(FrameType.CB_IN_DOUBT, new FrameWriter()));
    }

    @Override
    public Outcome resolve(String transactionId, boolean commit) throws JMSException {
        return outcome(connection.call(FrameType.CB_RESOLVE, new FrameWriter().writeString(transactionId)
                .writeBoolean(commit)));
    }

    /** A CHECK from the server, on the event loop: the handler hands it to the producer's own thread. */
    void check(FrameReader in) {
        CheckHandler handler = handlers.get(in.readInt());
        CheckRequest request = CheckBackCodec.readCheck(in);
        if (handler != null) {
            handler.check(request);
        }
    }

    private static Outcome outcome(FrameReader in) {
        Outcome outcome = CheckBackCodec.outcome(in.readInt());
        in.end();
        return outcome;
    }
}
