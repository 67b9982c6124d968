package io.sluice.client.transport;

/** Receives a consumer's deliveries; called from a transport thread, it must not block. */
@FunctionalInterface
public interface DeliveryHandler {
    void onDelivery(InboundDelivery delivery);
}
