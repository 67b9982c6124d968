package io.sluice.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AckWindowTest {

    @Test
    void committedOffsetStopsAtTheFirstUnacknowledgedMessage() {
        AckWindow window = new AckWindow(10);
        window.markDone(11);
        window.markDone(12);
        assertThat(window.committed()).isEqualTo(10);
        assertThat(window.doneAboveCount()).isEqualTo(2);
        window.markDone(10);
        assertThat(window.committed()).isEqualTo(13);
        assertThat(window.doneAboveCount()).isZero();
    }

    @Test
    void markingTwiceOrBelowTheCommittedOffsetChangesNothing() {
        AckWindow window = new AckWindow(5);
        assertThat(window.markDone(4)).isFalse();
        assertThat(window.markDone(7)).isTrue();
        assertThat(window.markDone(7)).isFalse();
        assertThat(window.doneAboveCount()).isEqualTo(1);
    }

    @Test
    void advancingPastDoneRangesSwallowsThem() {
        AckWindow window = new AckWindow(0);
        window.markDone(3);
        window.markDone(4);
        window.markDone(9);
        window.advanceTo(4);
        assertThat(window.committed()).isEqualTo(5);
        assertThat(window.doneAboveCount()).isEqualTo(1);
        assertThat(window.isDone(9)).isTrue();
        assertThat(window.isDone(6)).isFalse();
    }

    @Test
    void rangesRoundTripThroughTheirTextForm() {
        AckWindow window = new AckWindow(0);
        List.of(2L, 3L, 4L, 8L, 10L, 11L).forEach(window::markDone);
        assertThat(window.encodeRanges()).isEqualTo("2-5,8-9,10-12");
        AckWindow copy = AckWindow.decode(window.committed(), window.encodeRanges());
        for (long o = 0; o < 14; o++) {
            assertThat(copy.isDone(o)).as("offset %d", o).isEqualTo(window.isDone(o));
        }
        assertThat(copy.doneAboveCount()).isEqualTo(window.doneAboveCount());
    }

    @Test
    void malformedRangesAreRejected() {
        assertThatThrownBy(() -> AckWindow.decode(5, "3-4")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> AckWindow.decode(0, "4-3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void committedIsAlwaysTheLowestUndoneOffset(@ForAll @Size(max = 200) List<@IntRange(max = 60) Integer> acks) {
        AckWindow window = new AckWindow(0);
        Set<Long> done = new HashSet<>();
        for (int ack : acks) {
            assertThat(window.markDone(ack)).isEqualTo(done.add((long) ack));
            long lowest = 0;
            while (done.contains(lowest)) {
                lowest++;
            }
            assertThat(window.committed()).isEqualTo(lowest);
            long above = done.stream().filter(o -> o >= window.committed()).count();
            assertThat(window.doneAboveCount()).isEqualTo(above);
            AckWindow reloaded = AckWindow.decode(window.committed(), window.encodeRanges());
            for (long o = 0; o <= 61; o++) {
                assertThat(reloaded.isDone(o)).isEqualTo(done.contains(o));
            }
        }
    }
}
