package io.sluice.protocol;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;

/**
 * Sends a HEARTBEAT when this side wrote nothing for an interval, swallows the peer's, and
 * closes a connection on which the peer stayed silent for {@link Protocol#MISSED_HEARTBEATS}
 * intervals: a half-open TCP connection would otherwise look alive forever.
 */
final class HeartbeatHandler extends ChannelDuplexHandler {

    private static final System.Logger LOG = System.getLogger(HeartbeatHandler.class.getName());

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Frame frame && frame.type() == FrameType.HEARTBEAT)) {
            ctx.fireChannelRead(msg);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent idle) {
            if (idle.state() == IdleState.WRITER_IDLE) {
                ctx.writeAndFlush(Frame.of(FrameType.HEARTBEAT, Protocol.NO_REQUEST));
            } else if (idle.state() == IdleState.READER_IDLE) {
                LOG.log(System.Logger.Level.WARNING, "closing connection " + ctx.channel().remoteAddress()
                        + ": the peer sent nothing, not even a heartbeat, for too long");
                ctx.close();
            }
        } else {
            super.userEventTriggered(ctx, evt);
        }
    }
}
