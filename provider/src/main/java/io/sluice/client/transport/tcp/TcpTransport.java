package io.sluice.client.transport.tcp;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.sluice.client.ConnectionUrl;
import io.sluice.client.transport.BrokerConnection;
import io.sluice.client.transport.Transport;
import io.sluice.protocol.FrameType;
import io.sluice.protocol.Hello;
import io.sluice.protocol.Protocol;
import io.sluice.protocol.ProtocolPipeline;
import io.sluice.protocol.Welcome;
import jakarta.jms.JMSException;

import java.util.List;

/** The network transport ({@code tcp://host:port}): the protocol of docs/protocol.md to a {@code SluiceServer}. */
public final class TcpTransport implements Transport {

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    /** These configure a broker started by the URL; a server's broker is configured where it runs. */
    private static final List<String> BROKER_OPTIONS = List.of("dataDir", "flushPolicy", "queueCount",
            "maxDiskBytes", "segmentBytes", "securityConfig", "keepAlive", "orderedQueues", "checkAfterMillis", "checkIntervalMillis", "maxChecks");

    @Override
    public BrokerConnection connect(ConnectionUrl url, String user, String password) throws JMSException {
        for (String option : BROKER_OPTIONS) {
            if (url.option(option) != null) {
                throw new JMSException("connection URL option " + option + " configures an embedded broker; set it"
                        + " on the server that tcp://" + url.authority() + " connects to");
            }
        }
        int maxFrameBytes;
        try {
            maxFrameBytes = url.intOption("maxFrameBytes", Protocol.DEFAULT_MAX_FRAME_BYTES, 1024);
        } catch (IllegalArgumentException e) {
            throw new JMSException(e.getMessage());
        }
        TcpAddress address = TcpAddress.parse(url.authority());
        ClientTls tls = ClientTls.of(url);
        Channel channel = open(address, maxFrameBytes, tls);
        ClientTls.awaitHandshake(channel, address);
        TcpConnection connection = new TcpConnection(channel);
        channel.pipeline().addLast("client", new ClientFrameHandler(connection));
        try {
            Welcome welcome = Welcome.read(Await.result(connection.requests().send(FrameType.HELLO,
                    new Hello(Protocol.VERSION, user, password).body())));
            connection.requests().limitFrames(welcome.maxFrameBytes());
            ProtocolPipeline.addHeartbeats(channel.pipeline(), welcome.heartbeatMillis());
        } catch (JMSException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return connection;
    }

    private static Channel open(TcpAddress address, int maxFrameBytes, ClientTls tls) throws JMSException {
        ChannelFuture connected = new Bootstrap().group(ClientEventLoop.group()).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        ProtocolPipeline.addFraming(channel.pipeline(), maxFrameBytes);
                        if (tls != null) {
                            tls.addTo(channel, address);
                        }
                    }
                })
                .connect(address.host(), address.port()).awaitUninterruptibly();
        if (!connected.isSuccess()) {
            JMSException e = new JMSException("cannot connect to the broker at tcp://" + address + ": "
                    + connected.cause().getMessage());
            e.initCause(connected.cause());
            throw e;
        }
        return connected.channel();
    }
}
