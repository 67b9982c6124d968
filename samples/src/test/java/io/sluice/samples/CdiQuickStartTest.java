package io.sluice.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CdiQuickStartTest {

    @TempDir
    Path dataDir;

    @Test
    void theInjectedContextSendsAndReceives() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CdiQuickStart.main(new String[]{dataDir.toString()});
        } finally {
            System.setOut(original);
            System.clearProperty("sluice.cdi.defaultConnectionUrl");
        }
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("sent and received through an injected JMSContext: order 1");
    }
}
