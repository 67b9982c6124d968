package io.sluice.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.sluice.broker.Broker;
import io.sluice.broker.BrokerAdmin;
import io.sluice.broker.BrokerClient;
import io.sluice.broker.ClientConsumer;
import io.sluice.broker.ClientSession;
import io.sluice.broker.JmsErrors;
import io.sluice.client.transport.InboundDelivery;
import io.sluice.protocol.ConsumerRequestCodec;
import io.sluice.protocol.DeliveryCodec;
import io.sluice.protocol.Frame;
import io.sluice.protocol.FrameReader;
import io.sluice.protocol.FrameType;
import io.sluice.protocol.FrameWriter;
import io.sluice.protocol.Hello;
import io.sluice.protocol.OutgoingMessageCodec;
import io.sluice.protocol.Protocol;
import io.sluice.protocol.ProtocolException;
import io.sluice.protocol.RemoteErrors;
import io.sluice.protocol.Welcome;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.ResourceAllocationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The server side of one network connection: runs each request frame as the call the in-VM
 * transport would make on the broker core, and answers it. Session and consumer ids are chosen
 * by the client, so it can pipeline a request that uses one right behind the one creating it.
 * Called on one thread at a time per connection (the channel's executor); deliveries and
 * completions of asynchronous calls only write to the channel, which Netty allows from any thread.
 */
final class ServerConnection {

    private record OpenConsumer(int sessionId, ClientConsumer consumer) {
    }

    private final Broker broker;
    private final ServerConfig config;
    private final Channel channel;
    private final Map<Integer, ClientSession> sessions = new HashMap<>();
    private final Map<Integer, OpenConsumer> consumers = new HashMap<>();
    private final SendWindow sendWindow;
    private final AdminRequests admin;
    private BrokerClient client;
    private final TransactionCommands transactionCommands = new TransactionCommands(this::session, this::consumer);
    private final XaCommands xaCommands = new XaCommands(this::consumer);
    private final CheckBackCommands checkBackCommands;

    ServerConnection(Broker broker, ServerConfig config, Channel channel) {
        this.broker = broker;
        this.config = config;
        this.channel = channel;
        this.checkBackCommands = new CheckBackCommands(channel);
        this.sendWindow = new SendWindow(channel, SendWindow.DEFAULT_HIGH);
        this.admin = new AdminRequests(new BrokerAdmin(broker));
    }

    /** @throws ProtocolException when the frame breaks the protocol: the caller closes the connection */
    void handle(Frame frame) {
        FrameReader in = frame.reader();
        if (client == null && frame.type() != FrameType.HELLO) {
            throw new ProtocolException(frame.type() + " before HELLO");
        }
        try {
            switch (frame.type()) {
                case HELLO -> hello(frame.requestId(), Hello.read(in));
                case CREDIT -> credit(in);
                case RELEASE -> release(in);
                case SEND -> replyLater(frame.requestId(), sendWindow.tracked(session(in.readInt()).send(read(in,
                        OutgoingMessageCodec::read))), "send failed");
                case ACK -> replyLater(frame.requestId(), ack(in), "acknowledgement failed");
                case TX_SEND, TX_COMMIT, TX_ROLLBACK -> replyLater(frame.requestId(),
                        sendWindow.tracked(transactionCommands.handle(frame.type(), in)), "transaction failed");
                case XA_START, XA_END, XA_PREPARE, XA_COMMIT, XA_ROLLBACK, XA_RECOVER, XA_FORGET, XA_RM_ID ->
                        xaCommands.handle(client, frame.type(), in).thenAccept(body -> reply(frame.requestId(), body));
                case CB_REGISTER, CB_UNREGISTER, CB_NEW, CB_STORED, CB_END, CB_IN_DOUBT, CB_RESOLVE ->
                        replyWith(frame.requestId(), checkBackCommands.handle(client, frame.type(), in),
                                "check-back request failed");
                default -> reply(frame.requestId(), request(frame.type(), in));
            }
        } catch (JMSException e) {
            channel.writeAndFlush(RemoteErrors.frame(frame.requestId(), e));
        } catch (ProtocolException e) {
            throw e;
        } catch (RuntimeException e) {
            channel.writeAndFlush(RemoteErrors.frame(frame.requestId(), JmsErrors.wrap("the broker failed", e)));
        }
    }

    /** The requests answered at once; returns the body of the answer, empty for most. */
    private FrameWriter request(FrameType type, FrameReader in) throws JMSException {
        FrameWriter out = new FrameWriter();
        switch (type) {
            case SET_CLIENT_ID -> client.setClientId(read(in, FrameReader::readString));
            case CREATE_SESSION -> createSession(read(in, FrameReader::readInt));
            case CLOSE_SESSION -> closeSession(read(in, FrameReader::readInt));
            case CHECK_SEND -> session(in.readInt()).checkSend(read(in, FrameReader::readDestination));
            case CREATE_CONSUMER -> createConsumer(in.readInt(), in.readInt(), in);
            case CLOSE_CONSUMER -> closeConsumer(read(in, FrameReader::readInt));
            case BROWSE -> browse(session(in.readInt()), in, out);
            case HAS_BACKLOG -> out.writeBoolean(consumer(read(in, FrameReader::readInt)).hasBacklog());
            case CREATE_TEMPORARY_NAME -> out.writeString(client.createTemporaryName(read(in,
                    FrameReader::readBoolean)));
            case DECLARE_TEMPORARY -> client.declareTemporary(read(in, FrameReader::readDestination));
            case DELETE_TEMPORARY -> client.deleteTemporary(read(in, FrameReader::readDestination));
            case UNSUBSCRIBE -> client.unsubscribe(read(in, FrameReader::readString));
            case GOODBYE -> goodbye(in);
            case ADMIN_LIST -> admin.list(client, in, out);
            case ADMIN_PURGE -> admin.purge(client, in, out);
            case ADMIN_RESET_LATEST -> admin.resetToLatest(client, in, out);
            default -> throw new ProtocolException(type + " is not a request a client may send");
        }
        return out;
    }

    /** Reads the last field of a frame, checking nothing follows it. */
    private static <T> T read(FrameReader in, Function<FrameReader, T> field) {
        T value = field.apply(in);
        in.end();
        return value;
    }

    private void hello(int requestId, Hello hello) {
        if (client != null) {
            throw new ProtocolException("a second HELLO");
        }
        if (hello.version() != Protocol.VERSION) {
            channel.writeAndFlush(RemoteErrors.frame(requestId, new JMSException("protocol version "
                    + hello.version() + " is not supported; this server speaks version " + Protocol.VERSION)))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        try {
            client = broker.connect(hello.user(), hello.password());
        } catch (JMSException e) {
            // a refused client gets its reason, then the connection is closed so it cannot try again on it
            channel.writeAndFlush(RemoteErrors.frame(requestId, e)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        client.onFailure(problem -> channel.writeAndFlush(RemoteErrors.frame(Protocol.NO_REQUEST, problem))
                .addListener(ChannelFutureListener.CLOSE));
        channel.writeAndFlush(new Welcome(config.maxFrameBytes(), config.heartbeatMillis()).frame(requestId));
    }

    /** The client picks ids; reusing one would make its frames ambiguous. */
    private void requireUnused(int id) {
        if (sessions.containsKey(id) || consumers.containsKey(id)) {
            throw new ProtocolException("id " + id + " is already in use");
        }
    }

    private void createSession(int sessionId) throws JMSException {
        requireUnused(sessionId);
        sessions.put(sessionId, client.openSession());
    }

    private void closeSession(int sessionId) {
        ClientSession session = sessions.remove(sessionId);
        if (session != null) {
            session.close();
            consumers.values().removeIf(open -> open.sessionId() == sessionId);
        }
    }

    private void createConsumer(int sessionId, int consumerId, FrameReader in) throws JMSException {
        ClientSession session = session(sessionId);
        requireUnused(consumerId);
        ClientConsumer consumer = session.consume(read(in, ConsumerRequestCodec::read), delivery ->
                channel.writeAndFlush(DeliveryCodec.frame(consumerId, InboundDelivery.of(delivery))));
        consumers.put(consumerId, new OpenConsumer(sessionId, consumer));
    }

    private void closeConsumer(int consumerId) {
        OpenConsumer open = consumers.remove(consumerId);
        if (open != null) {
            open.consumer().close();
        }
    }

    private void browse(ClientSession session, FrameReader in, FrameWriter out) throws JMSException {
        List<byte[]> messages = session.browse(in.readDestination(), read(in, FrameReader::readString)).stream()
                .map(delivery -> delivery.message().payload()).toList();
        out.writeInt(messages.size());
        messages.forEach(out::writeBytes);
    }

    private CompletableFuture<Void> ack(FrameReader in) throws JMSException {
        ClientConsumer consumer = consumer(in.readInt());
        int count = in.readInt();
        if (count < 1) {
            throw new ProtocolException("ACK of " + count + " deliveries");
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(in.readLong());
        }
        in.end();
        return count == 1 ? consumer.ack(ids.get(0)) : consumer.ackAll(ids);
    }

    private void goodbye(FrameReader in) {
        in.end();
        close();
    }

    private void credit(FrameReader in) {
        ClientConsumer consumer = consumerOrNull(in.readInt());
        int messages = read(in, FrameReader::readInt);
        if (consumer != null) {
            consumer.grantCredit(messages);
        }
    }

    private void release(FrameReader in) {
        ClientConsumer consumer = consumerOrNull(in.readInt());
        long deliveryId = in.readLong();
        boolean countAsDelivery = read(in, FrameReader::readBoolean);
        if (consumer != null) {
            consumer.release(deliveryId, countAsDelivery);
        }
    }

    /** Credit or a release for a consumer the client has just closed is no error: the close won the race. */
    private ClientConsumer consumerOrNull(int consumerId) {
        OpenConsumer open = consumers.get(consumerId);
        return open == null ? null : open.consumer();
    }

    private ClientSession session(int sessionId) throws IllegalStateException {
        ClientSession session = sessions.get(sessionId);
        if (session == null) {
            throw new IllegalStateException("the session is closed");
        }
        return session;
    }

    private ClientConsumer consumer(int consumerId) throws IllegalStateException {
        ClientConsumer consumer = consumerOrNull(consumerId);
        if (consumer == null) {
            throw new IllegalStateException("the consumer is closed");
        }
        return consumer;
    }

    private void reply(int requestId, FrameWriter body) {
        Frame response = body.frame(FrameType.RESPONSE, requestId);
        if (response.body().length + Protocol.FRAME_OVERHEAD_BYTES > config.maxFrameBytes()) {
            channel.writeAndFlush(RemoteErrors.frame(requestId, new ResourceAllocationException("the answer of "
                    + response.body().length + " bytes exceeds the largest frame, " + config.maxFrameBytes()
                    + " bytes (maxFrameBytes)")));
        } else {
            channel.writeAndFlush(response);
        }
    }

    /** PERSISTENT sends and acknowledgements are answered when the engine says they are durable. */
    private void replyLater(int requestId, CompletableFuture<?> result, String what) {
        result.whenComplete((ignored, failure) -> {
            if (failure == null) {
                channel.writeAndFlush(Frame.of(FrameType.RESPONSE, requestId));
            } else {
                channel.writeAndFlush(RemoteErrors.frame(requestId, JmsErrors.wrap(what, failure)));
            }
        });
    }

    private void replyWith(int requestId, CompletableFuture<FrameWriter> result, String what) {
        result.whenComplete((body, failure) -> {
            if (failure == null) {
                reply(requestId, body);
            } else {
                channel.writeAndFlush(RemoteErrors.frame(requestId, JmsErrors.wrap(what, failure)));
            }
        });
    }

    /** Closing the broker client closes its sessions and returns their unacknowledged deliveries. */
    void close() {
        sessions.clear();
        consumers.clear();
        if (client != null) {
            client.close();
        }
    }
}
