package io.sluice.server;

import io.netty.channel.Channel;

import java.util.concurrent.CompletableFuture;

/**
 * The producer credit of one connection: how many of its sends the broker holds unanswered (the engine
 * has not yet written them, or not yet made them durable). Past {@code high} the server stops reading
 * from the connection, so TCP backpressure blocks the client's sends; reading resumes once completions
 * bring it down to {@code low}. A client pipelining sends therefore cannot make the broker queue more
 * than about {@code high} messages for it, however fast it writes. Reads are toggled on the channel's
 * I/O thread, and only the window decides them, so two completions racing cannot leave it paused.
 */
final class SendWindow {

    static final int DEFAULT_HIGH = 512;

    private final Channel channel;
    private final int high;
    private final int low;
    private int outstanding;
    private boolean paused;

    SendWindow(Channel channel, int high) {
        if (high < 2) {
            throw new IllegalArgumentException("the send window must be at least 2, was " + high);
        }
        this.channel = channel;
        this.high = high;
        this.low = high / 2;
    }

    /** Counts {@code send} as outstanding until it completes, either way; returns it. */
    <T> CompletableFuture<T> tracked(CompletableFuture<T> send) {
        changeBy(1);
        send.whenComplete((ignored, failure) -> changeBy(-1));
        return send;
    }

    synchronized int outstanding() {
        return outstanding;
    }

    private synchronized void changeBy(int delta) {
        outstanding += delta;
        if (!paused && outstanding >= high) {
            paused = true;
            setReading(false);
        } else if (paused && outstanding <= low) {
            paused = false;
            setReading(true);
        }
    }

    private void setReading(boolean reading) {
        channel.eventLoop().execute(() -> channel.config().setAutoRead(reading));
    }
}
