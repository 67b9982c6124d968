package io.sluice.client.transport.tcp;

import io.sluice.client.transport.BrokerConsumer;
import io.sluice.protocol.FrameType;
import io.sluice.protocol.FrameWriter;
import jakarta.jms.JMSException;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/** A {@link BrokerConsumer} on a {@link TcpConnection}; deliveries reach it through the connection. */
final class TcpConsumer implements BrokerConsumer {

    private final TcpConnection connection;
    private final int id;
    private final Runnable onClose;

    TcpConsumer(TcpConnection connection, int id, Runnable onClose) {
        this.connection = connection;
        this.id = id;
        this.onClose = onClose;
    }

    int id() {
        return id;
    }

    @Override
    public void grantCredit(int messages) {
        connection.requests().sendOneWay(FrameType.CREDIT, new FrameWriter().writeInt(id).writeInt(messages));
    }

    /** On a lost connection there is nothing to receive, which is what false tells the caller. */
    @Override
    public boolean hasBacklog() {
        try {
            return connection.call(FrameType.HAS_BACKLOG, new FrameWriter().writeInt(id)).readBoolean();
        } catch (JMSException e) {
            return false;
        }
    }

    @Override
    public CompletableFuture<Void> ack(long deliveryId) {
        return ack(new FrameWriter().writeInt(id).writeInt(1).writeLong(deliveryId));
    }

    @Override
    public CompletableFuture<Void> ackAll(Collection<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        FrameWriter body = new FrameWriter().writeInt(id).writeInt(deliveryIds.size());
        deliveryIds.forEach(body::writeLong);
        return ack(body);
    }

    private CompletableFuture<Void> ack(FrameWriter body) {
        return connection.requests().send(FrameType.ACK, body).thenApply(answer -> null);
    }

    @Override
    public void release(long deliveryId, boolean countAsDelivery) {
        connection.requests().sendOneWay(FrameType.RELEASE, new FrameWriter().writeInt(id).writeLong(deliveryId)
                .writeBoolean(countAsDelivery));
    }

    @Override
    public void close() {
        Await.quietly(connection.requests().send(FrameType.CLOSE_CONSUMER, new FrameWriter().writeInt(id)));
        connection.unregister(id);
        onClose.run();
    }
}
