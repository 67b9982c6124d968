package io.sluice.samples;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * A Weld SE program whose bean gets its {@link JMSContext} injected by the Sluice CDI extension (found on
 * the class path): no connection factory, no close. Without {@code @JMSConnectionFactory} the default
 * factory is used, here an embedded broker named by {@code sluice.cdi.defaultConnectionUrl}.
 */
public final class CdiQuickStart {

    @ApplicationScoped
    public static class OrderDesk {

        @Inject
        JMSContext context;

        /** One request: the injected context is opened on first use and closed when the method returns. */
        @ActivateRequestContext
        public String placeAndTakeBack(String order) {
            Queue orders = context.createQueue("cdi-orders");
            context.createProducer().send(orders, order);
            return context.createConsumer(orders).receiveBody(String.class, 5_000);
        }
    }

    public static void main(String[] args) {
        String dataDir = args.length > 0 ? args[0] : "data/cdi-quickstart";
        if (System.getProperty("sluice.cdi.defaultConnectionUrl") == null) {
            System.setProperty("sluice.cdi.defaultConnectionUrl", "vm://cdi-quickstart?dataDir=" + dataDir);
        }
        try (WeldContainer container = new Weld().initialize()) {
            OrderDesk desk = container.select(OrderDesk.class).get();
            System.out.println("sent and received through an injected JMSContext: " + desk.placeAndTakeBack("order 1"));
        }
    }

    private CdiQuickStart() {
    }
}
