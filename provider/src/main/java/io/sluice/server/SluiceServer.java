package io.sluice.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.sluice.broker.Broker;
import io.sluice.broker.JmsErrors;
import io.sluice.protocol.ProtocolPipeline;
import jakarta.jms.JMSException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A broker reachable over TCP: the broker core of one data directory behind a Netty server.
 * Broker calls run on a separate executor group, one thread per connection at a time, because
 * some of them wait on locks or the disk and the I/O threads must keep serving other connections.
 */
public final class SluiceServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SluiceServer.class.getName());
    private static final int BROKER_THREADS = 4;

    private final Broker broker;
    private final EventLoopGroup ioThreads;
    private final EventExecutorGroup brokerThreads;
    private final Channel listener;
    private final ChannelGroup connections;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SluiceServer(Broker broker, EventLoopGroup ioThreads, EventExecutorGroup brokerThreads, Channel listener,
                         ChannelGroup connections) {
        this.broker = broker;
        this.connections = connections;
        this.ioThreads = ioThreads;
        this.brokerThreads = brokerThreads;
        this.listener = listener;
    }

    public static SluiceServer start(ServerConfig config) throws JMSException {
        SslContext tls = tlsContext(config.tls());
        Broker broker = Broker.start(config.broker());
        EventLoopGroup ioThreads = new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory("sluice-server-io"),
                NioIoHandler.newFactory());
        EventExecutorGroup brokerThreads = new DefaultEventExecutorGroup(BROKER_THREADS,
                new DefaultThreadFactory("sluice-server-broker"));
        ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
        try {
            Channel listener = new ServerBootstrap().group(ioThreads).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            if (tls != null) {
                                // first, so that every byte of the protocol travels encrypted
                                channel.pipeline().addLast("tls", tls.newHandler(channel.alloc()));
                            }
                            ProtocolPipeline.addFraming(channel.pipeline(), config.maxFrameBytes());
                            if (connections.size() >= config.maxConnections()) {
                                channel.pipeline().addLast("refuse", new ConnectionLimit(config.maxConnections()));
                                return;
                            }
                            connections.add(channel);
                            ProtocolPipeline.addHeartbeats(channel.pipeline(), config.heartbeatMillis());
                            channel.pipeline().addLast("slowReader", new SlowReaderGuard());
                            channel.pipeline().addLast(brokerThreads, "commands", new CommandHandler(broker, config));
                        }
                    })
                    .bind(config.host(), config.port()).sync().channel();
            LOG.log(System.Logger.Level.INFO, "broker '" + config.broker().name() + "' listening on "
                    + listener.localAddress() + (tls == null ? "" : " with TLS"
                    + (config.tls().clientAuthRequired() ? ", client certificates required" : "")));
            return new SluiceServer(broker, ioThreads, brokerThreads, listener, connections);
        } catch (InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            shutdown(ioThreads, brokerThreads);
            broker.close();
            throw JmsErrors.wrap("cannot listen on " + config.host() + ":" + config.port(), e);
        }
    }

    private static SslContext tlsContext(TlsConfig tls) throws JMSException {
        if (!tls.enabled()) {
            return null;
        }
        try {
            return tls.serverContext();
        } catch (IOException e) {
            throw JmsErrors.wrap("cannot set up TLS", e);
        }
    }

    /** The port listened on, useful when the configuration asked for any free one (0). */
    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /**
     * Graceful stop: stops accepting, stops reading from every connection, lets the requests already read
     * finish (a send or acknowledgement the engine accepted completes when the engine's close drains and
     * fsyncs its log), closes the broker, which tells each open connection, then closes the connections.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        listener.close().syncUninterruptibly();
        for (Channel connection : connections) {
            // on the connection's own I/O thread, so that no frame read before is still on its way to its handler
            connection.eventLoop().submit(() -> ReadGate.of(connection).pause(ReadGate.Reason.STOPPING))
                    .awaitUninterruptibly();
        }
        for (EventExecutor executor : brokerThreads) {
            // the broker executors run each connection's requests in order: an empty task behind them waits for them
            executor.submit(() -> { }).awaitUninterruptibly();
        }
        broker.close();
        // the I/O threads drop their channels as soon as they shut down, queued writes or not: closing
        // each channel first, behind the broker's goodbye, makes sure that goodbye goes out
        connections.close().awaitUninterruptibly();
        shutdown(ioThreads, brokerThreads);
        LOG.log(System.Logger.Level.INFO, "broker '" + broker.config().name() + "' stopped");
    }

    private static void shutdown(EventExecutorGroup... groups) {
        for (EventExecutorGroup group : groups) {
            group.shutdownGracefully(100, 5_000, TimeUnit.MILLISECONDS).syncUninterruptibly();
        }
    }

    /** The {@code run} command of the {@link Launcher}, kept as a main of its own for scripts and tests. */
    public static void main(String[] args) throws Exception {
        run(args);
    }

    /** Starts a server from a command line (see {@link ServerArgs}) and serves until the process is stopped. */
    static void run(String[] args) throws Exception {
        ServerConfig config;
        try {
            config = ServerArgs.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ServerArgs.USAGE);
            System.exit(2);
            return;
        }
        SluiceServer server = start(config);
        // SIGTERM (and Ctrl-C) run shutdown hooks: the graceful close
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sluice-server-shutdown"));
        // on stdout, for scripts that start the server on port 0 and need to know where it listens
        System.out.println("listening on " + config.host() + ":" + server.port());
        Thread.currentThread().join();
    }
}
