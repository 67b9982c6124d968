package io.sluice.client;

import org.junit.jupiter.api.Test;

import javax.naming.Reference;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionUrlTest {

    @Test
    void parsesSchemeBrokerNameAndOptions() {
        ConnectionUrl url = ConnectionUrl.parse("vm://orders?dataDir=/tmp/x%20y&flushPolicy=ASYNC&queueCount=8&clientID=c1");
        assertThat(url.scheme()).isEqualTo("vm");
        assertThat(url.inVm()).isTrue();
        assertThat(url.authority()).isEqualTo("orders");
        assertThat(url.option("dataDir")).isEqualTo("/tmp/x y");
        assertThat(url.option("flushPolicy")).isEqualTo("ASYNC");
        assertThat(url.intOption("queueCount", 4, 1)).isEqualTo(8);
        assertThat(url.option("clientID")).isEqualTo("c1");
        assertThat(url.option("user", "nobody")).isEqualTo("nobody");
    }

    @Test
    void acceptsAUrlWithoutOptions() {
        ConnectionUrl url = ConnectionUrl.parse("tcp://localhost:61616");
        assertThat(url.inVm()).isFalse();
        assertThat(url.authority()).isEqualTo("localhost:61616");
        assertThat(url.options()).isEmpty();
    }

    @Test
    void rejectsMalformedUrlsWithAClearMessage() {
        assertThatThrownBy(() -> ConnectionUrl.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConnectionUrl.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConnectionUrl.parse("orders")).hasMessageContaining("no scheme");
        assertThatThrownBy(() -> ConnectionUrl.parse("http://x")).hasMessageContaining("unknown scheme 'http'");
        assertThatThrownBy(() -> ConnectionUrl.parse("vm://")).hasMessageContaining("names no broker");
        assertThatThrownBy(() -> ConnectionUrl.parse("vm://b?dataDir")).hasMessageContaining("not name=value");
        assertThatThrownBy(() -> ConnectionUrl.parse("vm://b?datadir=x")).hasMessageContaining("unknown option 'datadir'");
        assertThatThrownBy(() -> ConnectionUrl.parse("vm://b?user=a&user=b")).hasMessageContaining("given twice");
    }

    @Test
    void rejectsBadOptionValues() {
        ConnectionUrl url = ConnectionUrl.parse("vm://b?queueCount=0&prefetch=many&keepAlive=yes");
        assertThatThrownBy(() -> url.intOption("queueCount", 4, 1)).hasMessageContaining("between 1 and");
        assertThatThrownBy(() -> url.intOption("prefetch", 100, 0)).hasMessageContaining("not a number");
        assertThatThrownBy(() -> url.booleanOption("keepAlive", false)).hasMessageContaining("true or false");
    }

    @Test
    void factoryRejectsABadUrlWhenBuilt() {
        assertThatThrownBy(() -> new SluiceConnectionFactory("vm://b?nonsense=1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nonsense");
    }

    @Test
    void factorySurvivesSerializationAndJndiReferences() throws Exception {
        SluiceConnectionFactory factory = new SluiceConnectionFactory("vm://b?queueCount=2");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(factory);
        }
        Object copy = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertThat(copy).isEqualTo(factory);
        assertThat(((SluiceConnectionFactory) copy).getUrl()).isEqualTo("vm://b?queueCount=2");

        Reference reference = factory.getReference();
        Object rebuilt = new SluiceObjectFactory().getObjectInstance(reference, null, null, null);
        assertThat(rebuilt).isEqualTo(factory);
        assertThat(new SluiceObjectFactory().getObjectInstance("not a reference", null, null, null)).isNull();
    }
}
