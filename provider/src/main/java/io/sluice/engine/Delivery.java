package io.sluice.engine;

/**
 * One hand-over of a message to a consumer.
 *
 * @param deliveryId    unique per engine run; the handle to ack or release it
 * @param deliveryCount 1 on first delivery; raised by counted releases, by consumers closing with the
 *                      message unacknowledged, by ack timeouts, and (conservatively) by an unclean restart
 */
public record Delivery(long deliveryId, String topic, int queueId, long queueOffset,
                       EngineMessage message, int deliveryCount) {
    public boolean redelivered() {
        return deliveryCount > 1;
    }
}
