package io.sluice.protocol;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.handler.timeout.IdleStateHandler;

import java.util.concurrent.TimeUnit;

/** Puts the protocol's handlers into a channel pipeline, the same on the client and the server. */
public final class ProtocolPipeline {

    private static final int LENGTH_BYTES = 4;

    private ProtocolPipeline() {
    }

    /**
     * Framing: a 4-byte length then the frame; heartbeats are swallowed here. A frame longer than {@code maxFrameBytes} fails
     * with TooLongFrameException before it is buffered, so a peer cannot make this side allocate
     * what it announces.
     */
    public static void addFraming(ChannelPipeline pipeline, int maxFrameBytes) {
        pipeline.addLast("frameLength", new LengthFieldBasedFrameDecoder(maxFrameBytes, 0, LENGTH_BYTES, 0,
                LENGTH_BYTES));
        pipeline.addLast("lengthPrepender", new LengthFieldPrepender(LENGTH_BYTES));
        pipeline.addLast("frameDecoder", new FrameDecoder());
        pipeline.addLast("frameEncoder", new FrameEncoder());
        // from the start, as the peer may send a heartbeat before the handshake is over
        pipeline.addLast("heartbeat", new HeartbeatHandler());
    }

    /** Starts the heartbeat timers; the client can do so only once the handshake told it the interval. */
    public static void addHeartbeats(ChannelPipeline pipeline, long heartbeatMillis) {
        pipeline.addBefore("heartbeat", "idle", new IdleStateHandler(heartbeatMillis * Protocol.MISSED_HEARTBEATS,
                heartbeatMillis, 0, TimeUnit.MILLISECONDS));
    }
}
