package io.sluice.samples.ordercart;

import io.sluice.client.SluiceConnectionFactory;
import jakarta.jms.Connection;

import java.nio.file.Path;

/**
 * The seed notes' order/cart flow on Sluice's transactional producer. The first run places an order normally;
 * the second ({@code crash}) shows the check-back at work: one order is committed in the database but the service
 * crashes before committing its message, another fails in the database; the broker checks both back and the
 * order table decides: the first reaches the cart, the second never does.
 *
 * <p>Arguments: the data directory (broker and H2 database), then {@code normal} or {@code crash}.
 */
public final class OrderCart {
    /** Checked back half a second after a transaction is left undecided, then every half second. */
    private static final String CHECK_BACK = "checkAfterMillis=500&checkIntervalMillis=500&maxChecks=5";
    private static final long QUIET_MILLIS = 3_000;

    private OrderCart() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "data/ordercart");
        boolean crash = args.length > 1 && args[1].equals("crash");
        OrderTable table = new OrderTable(dataDir);
        SluiceConnectionFactory factory = new SluiceConnectionFactory("vm://ordercart?dataDir="
                + dataDir.resolve("broker").toAbsolutePath() + "&" + CHECK_BACK);
        try (Connection connection = factory.createConnection()) {
            connection.start();
            try (OrderService orders = new OrderService(connection, table); CartService cart = new CartService(connection)) {
                if (crash) {
                    report(orders.place(new Order("order-2", "pen", 3), OrderService.Run.CRASH_AFTER_DATABASE_COMMIT));
                    report(orders.place(new Order("order-3", "lamp", 1), OrderService.Run.DATABASE_FAILS));
                } else {
                    report(orders.place(new Order("order-1", "book", 2), OrderService.Run.NORMAL));
                }
                System.out.println("the cart received " + cart.receive(QUIET_MILLIS).size() + " orders");
            }
        }
    }

    private static void report(io.sluice.client.transactional.TransactionalSendResult result) {
        System.out.printf("local transaction said %s; the broker acknowledged %s%n", result.localState(),
                result.outcome());
    }
}
