package io.sluice.samples.ordercart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the order/cart sample twice on the same data, as its documentation says. */
class OrderCartTest {

    @TempDir
    Path dataDir;

    @Test
    void theCheckBackResolvesACrashBetweenTheDatabaseCommitAndTheMessageCommit() throws Exception {
        String first = run("normal");
        assertThat(first).contains("the broker acknowledged COMMITTED", "cart received order order-1 (2 x book)",
                "the cart received 1 orders");
        String second = run("crash");
        assertThat(second).contains("check-back: order order-2 is in the order table: COMMIT",
                "check-back: order order-3 is not in the order table: ROLLBACK",
                "cart received order order-2 (3 x pen)", "the cart received 1 orders");
        assertThat(second).doesNotContain("cart received order order-3");
    }

    private String run(String mode) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            OrderCart.main(new String[]{dataDir.toString(), mode});
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.print(output);
        return output;
    }
}
