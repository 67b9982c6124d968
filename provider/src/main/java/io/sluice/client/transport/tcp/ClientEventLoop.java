package io.sluice.client.transport.tcp;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The I/O threads of every TCP connection in this JVM. Shared, because a thread pool per
 * connection would cost threads for nothing; daemon threads, so an application that forgets to
 * close a connection can still exit.
 */
final class ClientEventLoop {

    private static final int THREADS = 2;

    private ClientEventLoop() {
    }

    private static final class Holder {
        static final EventLoopGroup GROUP = new MultiThreadIoEventLoopGroup(THREADS,
                new DefaultThreadFactory("sluice-tcp-client", true), NioIoHandler.newFactory());
    }

    static EventLoopGroup group() {
        return Holder.GROUP;
    }
}
