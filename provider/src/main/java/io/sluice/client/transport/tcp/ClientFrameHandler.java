package io.sluice.client.transport.tcp;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.sluice.protocol.Frame;
import io.sluice.protocol.FrameReader;
import io.sluice.protocol.Protocol;
import io.sluice.protocol.ProtocolException;
import io.sluice.protocol.RemoteErrors;

/** The last handler of a client connection: answers, errors and deliveries go to their {@link TcpConnection}. */
final class ClientFrameHandler extends SimpleChannelInboundHandler<Frame> {

    private static final System.Logger LOG = System.getLogger(ClientFrameHandler.class.getName());

    private final TcpConnection connection;

    ClientFrameHandler(TcpConnection connection) {
        this.connection = connection;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
        FrameReader in = frame.reader();
        switch (frame.type()) {
            case RESPONSE -> connection.requests().complete(frame.requestId(), in);
            case ERROR -> {
                if (frame.requestId() == Protocol.NO_REQUEST) {
                    connection.brokerFailed(RemoteErrors.read(in));
                } else {
                    connection.requests().fail(frame.requestId(), RemoteErrors.read(in));
                }
            }
            case DELIVERY -> connection.deliver(in);
            case CHECK -> connection.check(in);
            default -> throw new ProtocolException(frame.type() + " is not a frame a server may send");
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        connection.channelClosed();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(System.Logger.Level.WARNING, "closing the connection to " + ctx.channel().remoteAddress() + ": "
                + cause);
        connection.brokerFailed(new jakarta.jms.JMSException("the connection to the broker at "
                + ctx.channel().remoteAddress() + " broke: " + cause));
        ctx.close();
    }
}
