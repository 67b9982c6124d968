package io.sluice.client.transport.tcp;

import io.sluice.broker.ConsumerRequest;
import io.sluice.broker.OutgoingMessage;
import io.sluice.client.transport.BrokerConsumer;
import io.sluice.client.transport.BrokerSession;
import io.sluice.client.transport.ConsumedInTransaction;
import io.sluice.client.transport.DeliveryHandler;
import io.sluice.message.SluiceDestination;
import io.sluice.protocol.ConsumerRequestCodec;
import io.sluice.protocol.FrameReader;
import io.sluice.protocol.FrameType;
import io.sluice.protocol.FrameWriter;
import io.sluice.protocol.OutgoingMessageCodec;
import jakarta.jms.JMSException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link BrokerSession} on a {@link TcpConnection}. */
final class TcpSession implements BrokerSession {

    private final TcpConnection connection;
    private final int id;
    private final Set<Integer> consumers = ConcurrentHashMap.newKeySet();

    TcpSession(TcpConnection connection, int id) {
        this.connection = connection;
        this.id = id;
    }

    @Override
    public void checkSend(SluiceDestination destination) throws JMSException {
        connection.call(FrameType.CHECK_SEND, new FrameWriter().writeInt(id).writeDestination(destination));
    }

    /** Not awaited here: a transaction's sends go out together and are awaited one by one. */
    @Override
    public CompletableFuture<?> send(OutgoingMessage message) {
        FrameWriter body = new FrameWriter().writeInt(id);
        OutgoingMessageCodec.write(body, message);
        return connection.requests().send(FrameType.SEND, body);
    }

    @Override
    public CompletableFuture<?> sendInTransaction(String transactionId, OutgoingMessage message) {
        FrameWriter body = new FrameWriter().writeInt(id).writeString(transactionId);
        OutgoingMessageCodec.write(body, message);
        return connection.requests().send(FrameType.TX_SEND, body);
    }

    /** The consumed deliveries travel as (consumer id, delivery ids) pairs. */
    @Override
    public CompletableFuture<Void> commit(String transactionId, List<ConsumedInTransaction> consumed) {
        FrameWriter body = new FrameWriter().writeInt(id).writeString(transactionId).writeInt(consumed.size());
        for (ConsumedInTransaction c : consumed) {
            body.writeInt(((TcpConsumer) c.consumer()).id()).writeInt(c.deliveryIds().size());
            c.deliveryIds().forEach(body::writeLong);
        }
        return connection.requests().send(FrameType.TX_COMMIT, body).thenApply(answer -> null);
    }

    @Override
    public CompletableFuture<Void> rollback(String transactionId) {
        return connection.requests().send(FrameType.TX_ROLLBACK, new FrameWriter().writeInt(id)
                .writeString(transactionId)).thenApply(answer -> null);
    }

    @Override
    public BrokerConsumer createConsumer(ConsumerRequest request, DeliveryHandler handler) throws JMSException {
        int consumerId = connection.nextId();
        FrameWriter body = new FrameWriter().writeInt(id).writeInt(consumerId);
        ConsumerRequestCodec.write(body, request);
        connection.register(consumerId, handler);
        try {
            connection.call(FrameType.CREATE_CONSUMER, body);
        } catch (JMSException e) {
            connection.unregister(consumerId);
            throw e;
        }
        consumers.add(consumerId);
        return new TcpConsumer(connection, consumerId, () -> consumers.remove(consumerId));
    }

    @Override
    public List<byte[]> browse(SluiceDestination queue, String selector) throws JMSException {
        FrameReader in = connection.call(FrameType.BROWSE, new FrameWriter().writeInt(id).writeDestination(queue)
                .writeString(selector));
        int count = in.readInt();
        List<byte[]> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(in.readBytes());
        }
        in.end();
        return messages;
    }

    /** The broker closes the session's consumers with it, as ClientSession.close does in-VM. */
    @Override
    public void close() {
        Await.quietly(connection.requests().send(FrameType.CLOSE_SESSION, new FrameWriter().writeInt(id)));
        consumers.forEach(connection::unregister);
        consumers.clear();
    }
}
