package io.sluice.client.transport.tcp;

import io.netty.channel.embedded.EmbeddedChannel;
import io.sluice.protocol.Frame;
import io.sluice.protocol.FrameReader;
import io.sluice.protocol.FrameType;
import io.sluice.protocol.FrameWriter;
import jakarta.jms.JMSException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PendingRequestsTest {

    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final PendingRequests requests = new PendingRequests(channel);

    @Test
    void answersCompleteTheirOwnRequestWhateverTheOrder() {
        CompletableFuture<FrameReader> first = requests.send(FrameType.SEND, new FrameWriter());
        CompletableFuture<FrameReader> second = requests.send(FrameType.SEND, new FrameWriter());
        Frame sentFirst = channel.readOutbound();
        Frame sentSecond = channel.readOutbound();
        assertThat(sentFirst.requestId()).isNotEqualTo(sentSecond.requestId());

        requests.complete(sentSecond.requestId(), new FrameWriter().writeInt(2).frame(FrameType.RESPONSE, 0).reader());
        assertThat(second.join().readInt()).isEqualTo(2);
        assertThat(first).isNotDone();
    }

    @Test
    void aLostConnectionFailsPendingAndLaterRequestsWithItsReason() {
        CompletableFuture<FrameReader> pending = requests.send(FrameType.ACK, new FrameWriter());
        requests.failAll(new JMSException("the connection to the broker at x was lost"));
        assertThatThrownBy(pending::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(JMSException.class).hasMessageContaining("was lost");
        assertThatThrownBy(() -> requests.send(FrameType.SEND, new FrameWriter()).join())
                .hasMessageContaining("was lost");
    }

    @Test
    void aRequestOverTheServersFrameLimitFailsWithoutBeingSent() {
        requests.limitFrames(64);
        CompletableFuture<FrameReader> tooBig = requests.send(FrameType.SEND, new FrameWriter().writeBytes(new byte[100]));
        assertThatThrownBy(tooBig::join).hasMessageContaining("maxFrameBytes");
        assertThat((Object) channel.readOutbound()).isNull();
    }
}
