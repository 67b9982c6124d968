package io.sluice.server;

import io.netty.channel.Channel;
import io.sluice.broker.BrokerClient;
import io.sluice.checkback.CheckBacks;
import io.sluice.checkback.CheckHandler;
import io.sluice.protocol.CheckBackCodec;
import io.sluice.protocol.FrameReader;
import io.sluice.protocol.FrameType;
import io.sluice.protocol.FrameWriter;
import io.sluice.protocol.ProtocolException;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The CB_* requests of one connection: its transactional producers (registrations, numbered by the client) are
 * asked with CHECK frames over this connection, and go when it closes. Called on the connection's event loop.
 */
final class CheckBackCommands {
    private record Registration(String producerGroup, CheckHandler handler, Runnable unregister) {
    }

    private final Channel channel;
    private final Map<Integer, Registration> registrations = new HashMap<>();

    CheckBackCommands(Channel channel) {
        this.channel = channel;
    }

    CompletableFuture<FrameWriter> handle(BrokerClient client, FrameType type, FrameReader in) {
        CheckBacks checkBacks = client.checkBacks();
        FrameWriter out = new FrameWriter();
        switch (type) {
            case CB_REGISTER -> {
                int id = in.readInt();
                String group = in.readString();
                in.end();
                if (registrations.containsKey(id)) {
                    throw new ProtocolException("producer registration " + id + " is already in use");
                }
                CheckHandler handler = request -> channel.writeAndFlush(CheckBackCodec.check(id, request));
                Runnable unregister = checkBacks.register(group, handler);
                client.onClose(unregister);
                registrations.put(id, new Registration(group, handler, unregister));
            }
            case CB_UNREGISTER -> {
                Registration gone = registrations.remove(in.readInt());
                in.end();
                if (gone != null) {
                    gone.unregister().run();
                }
            }
            case CB_NEW -> {
                Registration registration = registration(in.readInt());
                in.end();
                out.writeString(checkBacks.newTransaction(registration.producerGroup()));
            }
            case CB_STORED -> {
                Registration registration = registration(in.readInt());
                String transactionId = in.readString();
                in.end();
                return checkBacks.stored(transactionId, registration.handler()).thenApply(done -> out);
            }
            case CB_END -> {
                String transactionId = in.readString();
                int decision = in.readInt();
                long epoch = in.readLong();
                in.end();
                return checkBacks.end(transactionId, CheckBackCodec.decision(decision), epoch)
                        .thenApply(outcome -> out.writeInt(outcome.ordinal()));
            }
            case CB_IN_DOUBT -> {
                in.end();
                CheckBackCodec.writeInDoubt(out, checkBacks.inDoubt());
            }
            case CB_RESOLVE -> {
                String transactionId = in.readString();
                boolean commit = in.readBoolean();
                in.end();
                return checkBacks.resolve(transactionId, commit).thenApply(outcome -> out.writeInt(outcome.ordinal()));
            }
            default -> throw new ProtocolException(type + " is not a check-back request");
        }
        return CompletableFuture.completedFuture(out);
    }

    private Registration registration(int id) {
        Registration registration = registrations.get(id);
        if (registration == null) {
            throw new ProtocolException("no producer registration " + id + " on this connection");
        }
        return registration;
    }
}
