package io.sluice.server;

import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SendWindowTest {

    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final SendWindow window = new SendWindow(channel, 4);
    private final List<CompletableFuture<Void>> sends = new ArrayList<>();

    private void send() {
        sends.add(window.tracked(new CompletableFuture<>()));
        channel.runPendingTasks();
    }

    private void complete(int index, boolean failed) {
        if (failed) {
            sends.get(index).completeExceptionally(new IllegalStateException("refused"));
        } else {
            sends.get(index).complete(null);
        }
        channel.runPendingTasks();
    }

    @Test
    void readingPausesAtTheHighMarkAndResumesAtTheLowMark() {
        for (int i = 0; i < 3; i++) {
            send();
        }
        assertThat(channel.config().isAutoRead()).isTrue();
        send();
        assertThat(channel.config().isAutoRead()).as("paused with 4 unanswered sends").isFalse();
        complete(0, false);
        assertThat(channel.config().isAutoRead()).as("3 unanswered: still above the low mark").isFalse();
        complete(1, true);
        assertThat(channel.config().isAutoRead()).as("2 unanswered, a failed send counts as answered").isTrue();
        assertThat(window.outstanding()).isEqualTo(2);
    }

    @Test
    void aWindowTooSmallToHaveALowMarkIsRefused() {
        assertThatThrownBy(() -> new SendWindow(channel, 1)).hasMessageContaining("at least 2");
    }
}
