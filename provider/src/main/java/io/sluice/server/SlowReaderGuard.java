package io.sluice.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * A client that does not read what the server writes (answers, deliveries) would make the server buffer
 * without bound if it went on sending requests. Once the connection's outbound buffer passes its high
 * water mark the server stops reading its requests, until the client has read enough for the buffer to
 * drop below the low mark. Other connections are not affected.
 */
final class SlowReaderGuard extends ChannelInboundHandlerAdapter {

    private static final System.Logger LOG = System.getLogger(SlowReaderGuard.class.getName());

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        ReadGate gate = ReadGate.of(ctx.channel());
        if (ctx.channel().isWritable()) {
            gate.resume(ReadGate.Reason.CLIENT_NOT_READING);
        } else {
            LOG.log(System.Logger.Level.INFO, "pausing requests from " + ctx.channel().remoteAddress()
                    + ": it does not read its answers");
            gate.pause(ReadGate.Reason.CLIENT_NOT_READING);
        }
        ctx.fireChannelWritabilityChanged();
    }
}
