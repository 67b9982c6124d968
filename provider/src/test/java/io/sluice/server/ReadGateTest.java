package io.sluice.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadGateTest {

    @Test
    void readingResumesOnlyWhenNoReasonToPauseIsLeft() {
        EmbeddedChannel channel = new EmbeddedChannel();
        ReadGate gate = ReadGate.of(channel);
        assertThat(ReadGate.of(channel)).isSameAs(gate);
        gate.pause(ReadGate.Reason.SEND_WINDOW_FULL);
        gate.pause(ReadGate.Reason.CLIENT_NOT_READING);
        gate.resume(ReadGate.Reason.SEND_WINDOW_FULL);
        assertThat(channel.config().isAutoRead()).isFalse();
        gate.resume(ReadGate.Reason.CLIENT_NOT_READING);
        assertThat(channel.config().isAutoRead()).isTrue();
    }

    @Test
    void aClientThatDoesNotReadItsAnswersIsNoLongerReadFromUntilItCatchesUp() {
        EmbeddedChannel channel = new EmbeddedChannel(new SlowReaderGuard());
        channel.config().setWriteBufferWaterMark(new WriteBufferWaterMark(8, 16));
        // written but not flushed: what a socket the client does not drain leaves in the outbound buffer
        channel.write(Unpooled.wrappedBuffer(new byte[64]));
        channel.runPendingTasks();
        assertThat(channel.isWritable()).isFalse();
        assertThat(channel.config().isAutoRead()).isFalse();
        assertThat(ReadGate.of(channel).isPausedFor(ReadGate.Reason.CLIENT_NOT_READING)).isTrue();
        channel.flush();
        channel.runPendingTasks();
        assertThat(channel.isWritable()).isTrue();
        assertThat(channel.config().isAutoRead()).isTrue();
    }
}
