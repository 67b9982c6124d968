package io.sluice.message;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.StringArbitrary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** jqwik generators of complete Sluice messages: any type, header fields, properties and body. */
final class ArbitraryMessages {
    private ArbitraryMessages() {
    }

    static Arbitrary<SluiceMessage> messages() {
        return Combinators.combine(bodies(), headers(), properties())
                .as((body, headers, properties) -> {
                    try {
                        SluiceMessage message = body.create();
                        headers.applyTo(message);
                        for (Map.Entry<String, Object> property : properties.entrySet()) {
                            message.setObjectProperty(property.getKey(), property.getValue());
                        }
                        return message;
                    } catch (JMSException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @FunctionalInterface
    interface MessageFactory {
        SluiceMessage create() throws JMSException;
    }

    static StringArbitrary anyStrings() {
        // all of UTF-16, unpaired surrogates and NUL included
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    static Arbitrary<Object> bodyValues() {
        return Arbitraries.oneOf(propertyValues(), Arbitraries.chars().all().map(c -> (Object) c),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(20).map(b -> (Object) b));
    }

    static Arbitrary<Object> propertyValues() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.of(true, false),
                Arbitraries.bytes().map(b -> (Object) b),
                Arbitraries.shorts().map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.floats().map(f -> (Object) f),
                Arbitraries.doubles().map(d -> (Object) d),
                anyStrings().map(s -> (Object) s));
    }

    static Arbitrary<String> propertyNames() {
        Arbitrary<String> tail = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('_', '$', 'é')
                .ofMaxLength(12);
        return Combinators.combine(Arbitraries.of("p", "_", "$", "é", "JMSX", "JMS_Sluice_"), tail)
                .as((head, rest) -> head + rest)
                .filter(name -> !name.startsWith("JMSX") || !isJmsxDefined(name));
    }

    private static boolean isJmsxDefined(String name) {
        return List.of(JmsxProperties.USER_ID, JmsxProperties.APP_ID, JmsxProperties.DELIVERY_COUNT,
                JmsxProperties.GROUP_ID, JmsxProperties.GROUP_SEQ, JmsxProperties.PRODUCER_TX_ID,
                JmsxProperties.CONSUMER_TX_ID, JmsxProperties.RCV_TIMESTAMP, JmsxProperties.STATE).contains(name);
    }

    static Arbitrary<Map<String, Object>> properties() {
        return Arbitraries.maps(propertyNames(), propertyValues()).ofMaxSize(8);
    }

    static Arbitrary<SluiceDestination> destinations() {
        Arbitrary<String> names = anyStrings().ofMinLength(1);
        Arbitrary<String> connections = anyStrings().injectNull(0.3);
        return Combinators.combine(Arbitraries.of(DestinationKind.class), names, connections)
                .as((kind, name, connection) -> switch (kind) {
                    case QUEUE -> new SluiceQueue(name);
                    case TOPIC -> new SluiceTopic(name);
                    case TEMPORARY_QUEUE -> new SluiceTemporaryQueue(name, connection);
                    case TEMPORARY_TOPIC -> new SluiceTemporaryTopic(name, connection);
                });
    }

    record Headers(String messageId, long timestamp, Object correlation, SluiceDestination replyTo,
                   SluiceDestination destination, boolean persistent, boolean redelivered, String type,
                   long expiration, long deliveryTime, int priority) {
        void applyTo(SluiceMessage message) throws JMSException {
            message.setJMSMessageID(messageId);
            message.setJMSTimestamp(timestamp);
            if (correlation instanceof byte[] bytes) {
                message.setJMSCorrelationIDAsBytes(bytes);
            } else {
                message.setJMSCorrelationID((String) correlation);
            }
            message.setJMSReplyTo(replyTo);
            message.setJMSDestination(destination);
            message.setJMSDeliveryMode(persistent ? DeliveryMode.PERSISTENT : DeliveryMode.NON_PERSISTENT);
            message.setJMSRedelivered(redelivered);
            message.setJMSType(type);
            message.setJMSExpiration(expiration);
            message.setJMSDeliveryTime(deliveryTime);
            message.setJMSPriority(priority);
        }
    }

    static Arbitrary<Headers> headers() {
        Arbitrary<Object> correlation = Arbitraries.oneOf(Arbitraries.just(null), anyStrings().map(s -> (Object) s),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(16).map(b -> (Object) b));
        Arbitrary<Long> times = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs());
        return Combinators.combine(
                        anyStrings().injectNull(0.3), times, correlation, destinations().injectNull(0.4),
                        destinations().injectNull(0.2), Arbitraries.of(true, false), Arbitraries.of(true, false),
                        anyStrings().injectNull(0.5))
                .flatAs((id, timestamp, corr, replyTo, destination, persistent, redelivered, type) ->
                        Combinators.combine(times, times,
                                        Arbitraries.oneOf(Arbitraries.integers().between(0, 9), Arbitraries.integers()))
                                .as((expiration, deliveryTime, priority) -> new Headers(id, timestamp, corr, replyTo,
                                        destination, persistent, redelivered, type, expiration, deliveryTime, priority)));
    }

    static Arbitrary<MessageFactory> bodies() {
        Arbitrary<MessageFactory> plain = Arbitraries.just(SluiceMessage::new);
        Arbitrary<MessageFactory> text = anyStrings().injectNull(0.2).map(s -> () -> new SluiceTextMessage(s));
        Arbitrary<MessageFactory> bytes = Combinators.combine(
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(300), Arbitraries.of(true, false))
                .as((content, reset) -> () -> {
                    SluiceBytesMessage message = new SluiceBytesMessage();
                    message.writeBytes(content);
                    if (reset) {
                        message.reset();
                    }
                    return message;
                });
        Arbitrary<MessageFactory> map = Arbitraries.maps(anyStrings().ofMinLength(1), bodyValues()).ofMaxSize(8)
                .map(entries -> () -> {
                    SluiceMapMessage message = new SluiceMapMessage();
                    for (Map.Entry<String, Object> entry : entries.entrySet()) {
                        message.setObject(entry.getKey(), entry.getValue());
                    }
                    return message;
                });
        Arbitrary<MessageFactory> stream = bodyValues().list().ofMaxSize(10).map(fields -> () -> {
            SluiceStreamMessage message = new SluiceStreamMessage();
            for (Object field : fields) {
                message.writeObject(field);
            }
            return message;
        });
        Arbitrary<MessageFactory> object = Arbitraries.oneOf(
                        Arbitraries.just(null), anyStrings().map(s -> (Serializable) s),
                        Arbitraries.integers().list().ofMaxSize(5).map(l -> (Serializable) new ArrayList<>(l)))
                .map(value -> () -> {
                    SluiceObjectMessage message = new SluiceObjectMessage();
                    message.setObject(value);
                    return message;
                });
        return Arbitraries.oneOf(plain, text, bytes, map, stream, object);
    }
}
