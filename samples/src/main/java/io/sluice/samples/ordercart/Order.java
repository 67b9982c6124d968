package io.sluice.samples.ordercart;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.Session;

/** An order, and its form as the {@code Order} message the cart service consumes. */
record Order(String id, String item, int quantity) {

    MapMessage toMessage(Session session) throws JMSException {
        MapMessage message = session.createMapMessage();
        message.setJMSType("Order");
        message.setString("id", id);
        message.setString("item", item);
        message.setInt("quantity", quantity);
        return message;
    }

    static Order of(Message message) throws JMSException {
        MapMessage map = (MapMessage) message;
        return new Order(map.getString("id"), map.getString("item"), map.getInt("quantity"));
    }

    @Override
    public String toString() {
        return id + " (" + quantity + " x " + item + ")";
    }
}
