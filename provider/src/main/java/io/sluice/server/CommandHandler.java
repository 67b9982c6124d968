package io.sluice.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.sluice.broker.Broker;
import io.sluice.protocol.Frame;

/**
 * The last handler of a server connection: hands frames to its {@link ServerConnection}. Any
 * failure that reaches here (a malformed, truncated or oversized frame, an unknown command, an
 * out-of-order HELLO) closes this connection only, with a log line; the broker and the other
 * connections carry on.
 */
final class CommandHandler extends SimpleChannelInboundHandler<Frame> {

    private static final System.Logger LOG = System.getLogger(CommandHandler.class.getName());

    private final Broker broker;
    private final ServerConfig config;
    private ServerConnection connection;

    CommandHandler(Broker broker, ServerConfig config) {
        this.broker = broker;
        this.config = config;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        connection = new ServerConnection(broker, config, ctx.channel());
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
        connection.handle(frame);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        connection.close();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(System.Logger.Level.WARNING, "closing connection from " + ctx.channel().remoteAddress() + ": "
                + cause);
        ctx.close();
    }
}
