package io.sluice.client.transport.tcp;

import io.netty.channel.Channel;
import io.sluice.client.transport.BrokerConnection;
import io.sluice.client.transport.BrokerSession;
import io.sluice.client.transport.CheckBackBroker;
import io.sluice.client.transport.XaBroker;
import io.sluice.client.transport.DeliveryHandler;
import io.sluice.message.SluiceDestination;
import io.sluice.protocol.DeliveryCodec;
import io.sluice.protocol.FrameReader;
import io.sluice.protocol.FrameType;
import io.sluice.protocol.FrameWriter;
import jakarta.jms.JMSException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A {@link BrokerConnection} over one TCP connection; sessions and consumers are ids on it. */
final class TcpConnection implements BrokerConnection {

    /** A server that does not answer GOODBYE in this time is left behind: close must not hang. */
    private static final long GOODBYE_TIMEOUT_MILLIS = 5_000;

    private final Channel channel;
    private final PendingRequests requests;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, DeliveryHandler> consumers = new ConcurrentHashMap<>();
    private final List<Consumer<JMSException>> failureListeners = new CopyOnWriteArrayList<>();
    private final TcpCheckBackBroker checkBacks = new TcpCheckBackBroker(this);
    private volatile JMSException brokerFailure;
    private volatile boolean closing;

    TcpConnection(Channel channel) {
        this.channel = channel;
        this.requests = new PendingRequests(channel);
    }

    PendingRequests requests() {
        return requests;
    }

    /** Ids for sessions and consumers, chosen here so requests using them can follow without waiting. */
    int nextId() {
        return ids.incrementAndGet();
    }

    FrameReader call(FrameType type, FrameWriter body) throws JMSException {
        return Await.result(requests.send(type, body));
    }

    void register(int consumerId, DeliveryHandler handler) {
        consumers.put(consumerId, handler);
    }

    void unregister(int consumerId) {
        consumers.remove(consumerId);
    }

    /** A delivery for a consumer closed meanwhile is dropped: the broker took it back at the close. */
    void deliver(FrameReader in) {
        DeliveryHandler handler = consumers.get(in.readInt());
        if (handler != null) {
            handler.onDelivery(DeliveryCodec.read(in));
        }
    }

    /** What the server said before dropping the connection, reported instead of a bare "lost". */
    void brokerFailed(JMSException reason) {
        brokerFailure = reason;
    }

    void channelClosed() {
        JMSException reason = brokerFailure;
        if (reason == null) {
            reason = closing ? new jakarta.jms.IllegalStateException("the connection is closed")
                    : new JMSException("the connection to the broker at " + channel.remoteAddress() + " was lost");
        }
        requests.failAll(reason);
        if (!closing) {
            JMSException reported = reason;
            failureListeners.forEach(listener -> listener.accept(reported));
        }
    }

    @Override
    public void setClientId(String clientId) throws JMSException {
        call(FrameType.SET_CLIENT_ID, new FrameWriter().writeString(clientId));
    }

    @Override
    public BrokerSession createSession() throws JMSException {
        int id = nextId();
        call(FrameType.CREATE_SESSION, new FrameWriter().writeInt(id));
        return new TcpSession(this, id);
    }

    @Override
    public String createTemporaryName(boolean topic) throws JMSException {
        return call(FrameType.CREATE_TEMPORARY_NAME, new FrameWriter().writeBoolean(topic)).readString();
    }

    @Override
    public void declareTemporary(SluiceDestination temporary) throws JMSException {
        call(FrameType.DECLARE_TEMPORARY, new FrameWriter().writeDestination(temporary));
    }

    @Override
    public void deleteTemporary(SluiceDestination temporary) throws JMSException {
        call(FrameType.DELETE_TEMPORARY, new FrameWriter().writeDestination(temporary));
    }

    @Override
    public void unsubscribe(String subscriptionName) throws JMSException {
        call(FrameType.UNSUBSCRIBE, new FrameWriter().writeString(subscriptionName));
    }

    @Override
    public XaBroker xa() {
        return new TcpXaBroker(this);
    }

    @Override
    public CheckBackBroker checkBacks() {
        return checkBacks;
    }

    /** A CHECK frame: the broker asks one of this connection's transactional producers. */
    void check(FrameReader in) {
        checkBacks.check(in);
    }

    @Override
    public void onFailure(Consumer<JMSException> listener) {
        failureListeners.add(listener);
    }

    /** Waits for the server to close the broker side, so the next connection sees its deliveries returned. */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        Await.quietly(requests.send(FrameType.GOODBYE, new FrameWriter())
                .orTimeout(GOODBYE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
        channel.close().syncUninterruptibly();
    }
}
