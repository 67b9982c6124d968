package io.sluice.message;

import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObjectMessageTest {
    private final SluiceObjectMessage message = new SluiceObjectMessage();

    record Order(String id, int quantity) implements Serializable {
    }

    static final class NotSerializable implements Serializable {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("unused")
        private final Object field = new Object();
    }

    @AfterEach
    void clearSystemProperty() {
        System.clearProperty(TrustedPackages.SYSTEM_PROPERTY);
    }

    @Test
    void theObjectIsSnapshotWhenSet() throws JMSException {
        ArrayList<String> list = new ArrayList<>(List.of("a"));
        message.setObject(list);
        list.add("b");

        assertThat(message.getObject()).isEqualTo(List.of("a"));
    }

    @Test
    void everyReadGivesAFreshCopy() throws JMSException {
        message.setObject(new ArrayList<>(List.of("a")));

        @SuppressWarnings("unchecked")
        List<String> first = (List<String>) message.getObject();
        first.add("changed");

        assertThat(message.getObject()).isEqualTo(List.of("a"));
    }

    @Test
    void theObjectIsNullUntilSet() throws JMSException {
        assertThat(message.getObject()).isNull();
        message.setObject(new Order("o", 1));
        message.setObject(null);
        assertThat(message.getObject()).isNull();
    }

    @Test
    void anObjectThatCannotBeSerializedFailsWithMessageFormatException() {
        assertThatThrownBy(() -> message.setObject(new NotSerializable()))
                .isInstanceOf(MessageFormatException.class).hasMessageContaining(NotSerializable.class.getName())
                .hasCauseInstanceOf(java.io.NotSerializableException.class);
    }

    @Test
    void aReceivedMessageIsReadOnlyUntilClearBody() throws JMSException {
        message.setObject("x");
        message.makeReadOnly();

        assertThatThrownBy(() -> message.setObject("y")).isInstanceOf(MessageNotWriteableException.class);

        message.clearBody();

        assertThat(message.getObject()).isNull();
        message.setObject("z");
        assertThat(message.getObject()).isEqualTo("z");
    }

    @Test
    void everythingIsTrustedByDefault() throws JMSException {
        message.setObject(new Order("o-1", 3));

        assertThat(message.getObject()).isEqualTo(new Order("o-1", 3));
    }

    @Test
    void aClassOutsideTheTrustedPackagesIsRefusedWithAClearMessage() throws JMSException {
        message.setObject(new Order("o-1", 3));
        message.setTrustedPackages(TrustedPackages.of("com.acme"));

        assertThatThrownBy(message::getObject).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining(Order.class.getName())
                .hasMessageContaining("not trusted")
                .hasMessageContaining(TrustedPackages.SYSTEM_PROPERTY);
        assertThat(message.isBodyAssignableTo(Serializable.class)).as("deserialization fails").isFalse();
        assertThatThrownBy(() -> message.getBody(Serializable.class)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void theSystemPropertyRestrictsMessagesWithoutTheirOwnList() throws JMSException {
        message.setObject(new Order("o-1", 3));

        System.setProperty(TrustedPackages.SYSTEM_PROPERTY, "com.acme, org.example");
        assertThatThrownBy(message::getObject).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("com.acme");

        System.setProperty(TrustedPackages.SYSTEM_PROPERTY, "com.acme," + Order.class.getPackageName());
        assertThat(message.getObject()).isEqualTo(new Order("o-1", 3));

        System.setProperty(TrustedPackages.SYSTEM_PROPERTY, "*");
        assertThat(message.getObject()).isEqualTo(new Order("o-1", 3));
    }

    @Test
    void classesNestedInAnAllowedObjectMustBeTrustedToo() throws JMSException {
        message.setObject(new ArrayList<>(List.of(new Order("o", 1))));
        message.setTrustedPackages(TrustedPackages.of("java.util"));

        assertThatThrownBy(message::getObject).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining(Order.class.getName());

        message.setTrustedPackages(TrustedPackages.of("java.util", Order.class.getName()));
        assertThat(message.getObject()).isEqualTo(List.of(new Order("o", 1)));
    }

    @Test
    void javaLangAndArraysOfTrustedTypesAreAlwaysTrusted() throws JMSException {
        message.setTrustedPackages(TrustedPackages.of());

        message.setObject("text");
        assertThat(message.getObject()).isEqualTo("text");
        message.setObject(new int[] {1, 2});
        assertThat((int[]) message.getObject()).containsExactly(1, 2);
        message.setObject(new Long[] {3L});
        assertThat((Long[]) message.getObject()).containsExactly(3L);
        message.setObject(new BigDecimal("1.5"));
        assertThatThrownBy(message::getObject).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("java.math.BigDecimal");
    }

    @Test
    void trustedPackagesMatchWholePackageNames() {
        TrustedPackages trusted = TrustedPackages.parse("com.acme");

        assertThat(trusted.trusts("com.acme.Order")).isTrue();
        assertThat(trusted.trusts("com.acme.orders.Line")).isTrue();
        assertThat(trusted.trusts("[[Lcom.acme.Order;")).isTrue();
        assertThat(trusted.trusts("com.acmeevil.Gadget")).isFalse();
        assertThat(trusted.trusts("java.lang.reflect.Proxy")).isFalse();
        assertThat(trusted.trusts("[J")).isTrue();
        assertThat(trusted.trustsEverything()).isFalse();
        assertThat(TrustedPackages.parse(" * ").trustsEverything()).isTrue();
        assertThat(TrustedPackages.all().trusts("anything.At.All")).isTrue();
    }

    @Test
    void getBodyReturnsTheObjectForAnyTypeItIsAnInstanceOf() throws JMSException {
        assertThat(message.getBody(Integer.class)).as("no object, no body").isNull();
        assertThat(message.isBodyAssignableTo(Integer.class)).isTrue();

        message.setObject(new Order("o", 2));

        assertThat(message.getBody(Order.class)).isEqualTo(new Order("o", 2));
        assertThat(message.getBody(Serializable.class)).isEqualTo(new Order("o", 2));
        assertThat(message.getBody(Record.class)).isEqualTo(new Order("o", 2));
        assertThat(message.isBodyAssignableTo(Order.class)).isTrue();
        assertThat(message.isBodyAssignableTo(String.class)).isFalse();
        assertThatThrownBy(() -> message.getBody(String.class)).isInstanceOf(MessageFormatException.class);
    }
}
