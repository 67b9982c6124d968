package io.sluice.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the quick start as README tells a newcomer to: twice, on the same store. */
class QuickStartTest {

    @TempDir
    Path dataDir;

    @Test
    void secondRunReceivesWhatTheDurableSubscriptionKeptFromTheFirst() throws Exception {
        String first = run();
        assertThat(first).contains("sent 10 persistent messages", "received 10 messages",
                "0 messages were waiting in the durable subscription");
        String second = run();
        assertThat(second).contains("received 10 messages", "1 messages were waiting in the durable subscription");
    }

    private String run() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[]{dataDir.toString()});
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.print(output);
        return output;
    }
}
