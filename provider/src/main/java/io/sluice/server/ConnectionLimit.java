package io.sluice.server;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.sluice.protocol.Frame;
import io.sluice.protocol.RemoteErrors;
import jakarta.jms.ResourceAllocationException;

/**
 * Stands in for the command handler of a connection past {@code maxConnections}: its first frame (the
 * client's HELLO) is answered with the reason, then the connection is closed. Answering the HELLO, rather
 * than writing at once, makes sure the client is listening for the answer.
 */
final class ConnectionLimit extends SimpleChannelInboundHandler<Frame> {

    private static final System.Logger LOG = System.getLogger(ConnectionLimit.class.getName());

    private final int maxConnections;

    ConnectionLimit(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        LOG.log(System.Logger.Level.WARNING, "refusing the connection from " + ctx.channel().remoteAddress() + ": "
                + maxConnections + " connections are open (maxConnections)");
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
        ctx.channel().config().setAutoRead(false);
        ctx.writeAndFlush(RemoteErrors.frame(frame.requestId(), new ResourceAllocationException(
                "the broker has reached its connection limit of " + maxConnections + " (maxConnections)")))
                .addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
