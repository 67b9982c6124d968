package io.sluice.server;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whether the server reads from one connection: it does while no reason to pause holds. Several parts
 * pause a connection for their own reasons (too many unanswered sends, a client not reading its answers,
 * the server stopping); one owner of the channel's autoRead keeps one of them from resuming what another
 * paused. Shared through a channel attribute so that each part finds it without being handed it.
 */
final class ReadGate {

    enum Reason {
        /** More unanswered sends than the send window allows. */
        SEND_WINDOW_FULL,
        /** The client does not read: the channel's outbound buffer is past its high water mark. */
        CLIENT_NOT_READING,
        /** The server is shutting down and takes no new requests. */
        STOPPING
    }

    private static final AttributeKey<ReadGate> KEY = AttributeKey.valueOf(ReadGate.class.getName());

    private final Channel channel;
    private final Set<Reason> reasons = EnumSet.noneOf(Reason.class);

    private ReadGate(Channel channel) {
        this.channel = channel;
    }

    static ReadGate of(Channel channel) {
        ReadGate gate = channel.attr(KEY).get();
        if (gate == null) {
            ReadGate created = new ReadGate(channel);
            gate = channel.attr(KEY).setIfAbsent(created);
            if (gate == null) {
                gate = created;
            }
        }
        return gate;
    }

    void pause(Reason reason) {
        update(reason, true);
    }

    void resume(Reason reason) {
        update(reason, false);
    }

    synchronized boolean isPausedFor(Reason reason) {
        return reasons.contains(reason);
    }

    private synchronized void update(Reason reason, boolean paused) {
        boolean changed = paused ? reasons.add(reason) : reasons.remove(reason);
        if (changed) {
            // on the I/O thread, with the state at that moment, so that changes racing here cannot leave it wrong
            if (channel.eventLoop().inEventLoop()) {
                apply();
            } else {
                channel.eventLoop().execute(this::apply);
            }
        }
    }

    private synchronized void apply() {
        channel.config().setAutoRead(reasons.isEmpty());
    }
}
