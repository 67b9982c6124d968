package io.sluice.client.transport.tcp;

import io.netty.channel.Channel;
import io.sluice.protocol.Frame;
import io.sluice.protocol.FrameReader;
import io.sluice.protocol.FrameType;
import io.sluice.protocol.FrameWriter;
import io.sluice.protocol.Protocol;
import jakarta.jms.JMSException;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requests of one connection that await their answer, by request id. Any number may be
 * outstanding (they pipeline); each answer completes its own request whatever the order. Once
 * the connection is gone every outstanding and later request fails with the reason.
 */
final class PendingRequests {

    private final Channel channel;
    private final Map<Integer, CompletableFuture<FrameReader>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(Protocol.NO_REQUEST);
    private volatile int maxFrameBytes = Integer.MAX_VALUE;
    private volatile JMSException failure;

    PendingRequests(Channel channel) {
        this.channel = channel;
    }

    /** The server's limit, learned in the handshake; a larger frame would make it drop the connection. */
    void limitFrames(int bytes) {
        maxFrameBytes = bytes;
    }

    CompletableFuture<FrameReader> send(FrameType type, FrameWriter body) {
        int id = nextId();
        Frame frame = body.frame(type, id);
        CompletableFuture<FrameReader> answer = new CompletableFuture<>();
        int size = frame.body().length + Protocol.FRAME_OVERHEAD_BYTES;
        if (size > maxFrameBytes) {
            answer.completeExceptionally(new JMSException("the request of " + size + " bytes is larger than the"
                    + " broker accepts (maxFrameBytes " + maxFrameBytes + ")"));
            return answer;
        }
        pending.put(id, answer);
        // checked after registering, so a concurrent failAll either sees the request or is seen here
        JMSException failed = failure;
        if (failed != null) {
            fail(id, failed);
            return answer;
        }
        channel.writeAndFlush(frame).addListener(written -> {
            if (!written.isSuccess()) {
                fail(id, lost());
            }
        });
        return answer;
    }

    /** A request without answer; on a lost connection there is nothing left for it to do. */
    void sendOneWay(FrameType type, FrameWriter body) {
        if (failure == null) {
            channel.writeAndFlush(body.frame(type, Protocol.NO_REQUEST));
        }
    }

    private int nextId() {
        int id;
        do {
            id = ids.incrementAndGet();
        } while (id == Protocol.NO_REQUEST);
        return id;
    }

    void complete(int requestId, FrameReader answer) {
        CompletableFuture<FrameReader> request = pending.remove(requestId);
        if (request != null) {
            request.complete(answer);
        }
    }

    void fail(int requestId, JMSException error) {
        CompletableFuture<FrameReader> request = pending.remove(requestId);
        if (request != null) {
            request.completeExceptionally(error);
        }
    }

    void failAll(JMSException reason) {
        failure = reason;
        for (Integer id : pending.keySet()) {
            fail(id, reason);
        }
    }

    private JMSException lost() {
        JMSException failed = failure;
        return failed != null ? failed : new JMSException("the connection to the broker at "
                + channel.remoteAddress() + " was lost");
    }
}
