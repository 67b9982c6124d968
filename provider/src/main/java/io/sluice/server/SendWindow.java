package io.sluice.server;

import io.netty.channel.Channel;

import java.util.concurrent.CompletableFuture;

/**
 * The producer credit of one connection: how many of its sends the broker holds unanswered (the engine
 * has not yet written them, or not yet made them durable). Past {@code high} the server stops reading
 * from the connection, so TCP backpressure blocks the client's sends; reading resumes once completions
 * bring it down to {@code low}. A client pipelining sends therefore cannot make the broker queue more
 * than about {@code high} messages for it, however fast it writes. Reading is decided by the connection's
 * {@link ReadGate}, which other reasons to pause share.
 */
final class SendWindow {

    static final int DEFAULT_HIGH = 512;

    private final ReadGate gate;
    private final int high;
    private final int low;
    private int outstanding;
    private boolean paused;

    SendWindow(Channel channel, int high) {
        if (high < 2) {
            throw new IllegalArgumentException("the send window must be at least 2, was " + high);
        }
        this.gate = ReadGate.of(channel);
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
            gate.pause(ReadGate.Reason.SEND_WINDOW_FULL);
        } else if (paused && outstanding <= low) {
            paused = false;
            gate.resume(ReadGate.Reason.SEND_WINDOW_FULL);
        }
    }
}
