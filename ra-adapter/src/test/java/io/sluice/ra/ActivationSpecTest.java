package io.sluice.ra;

import jakarta.resource.spi.InvalidPropertyException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivationSpecTest {

    private static SluiceActivationSpec queue(String name) {
        SluiceActivationSpec spec = new SluiceActivationSpec();
        spec.setDestination(name);
        spec.setDestinationType(SluiceActivationSpec.QUEUE_TYPE);
        return spec;
    }

    @Test
    void aQueueWithDefaultsIsValid() {
        assertThatCode(() -> queue("orders").validate()).doesNotThrowAnyException();
        assertThat(queue("orders").sessionCount()).isEqualTo(SluiceActivationSpec.DEFAULT_MAX_SESSION);
    }

    @Test
    void everyInvalidPropertyIsReportedAtOnce() {
        SluiceActivationSpec spec = new SluiceActivationSpec();
        spec.setDestinationType("jakarta.jms.Tropic");
        spec.setAcknowledgeMode("Client-acknowledge");
        spec.setMaxSession(0);
        spec.setRedeliveryAttempts(-1);
        spec.setRedeliveryDelay(-5L);
        spec.setMessageSelector("color = ");
        spec.setConnectionURL("http://nowhere");
        assertThatThrownBy(spec::validate).isInstanceOf(InvalidPropertyException.class)
                .hasMessageContaining("destination or destinationLookup must be set")
                .hasMessageContaining("destinationType 'jakarta.jms.Tropic'")
                .hasMessageContaining("acknowledgeMode 'Client-acknowledge'")
                .hasMessageContaining("maxSession 0")
                .hasMessageContaining("redeliveryAttempts -1")
                .hasMessageContaining("redeliveryDelay -5")
                .hasMessageContaining("messageSelector:")
                .hasMessageContaining("connectionURL:");
    }

    @Test
    void durableSubscriptionsNeedATopicANameAndAClientIdUnlessShared() {
        SluiceActivationSpec spec = queue("orders");
        spec.setSubscriptionDurability("Durable");
        assertThatThrownBy(spec::validate).isInstanceOf(InvalidPropertyException.class)
                .hasMessageContaining("applies to topics")
                .hasMessageContaining("needs a subscriptionName")
                .hasMessageContaining("needs a clientId");

        spec.setDestinationType(SluiceActivationSpec.TOPIC_TYPE);
        spec.setSubscriptionName("audit");
        spec.setShareSubscriptions(true);
        assertThatCode(spec::validate).doesNotThrowAnyException();
        assertThat(spec.sessionCount()).isEqualTo(SluiceActivationSpec.DEFAULT_MAX_SESSION);

        spec.setShareSubscriptions(false);
        spec.setClientId("audit-app");
        assertThatCode(spec::validate).doesNotThrowAnyException();
        assertThat(spec.sessionCount()).as("an unshared durable subscription has one consumer").isEqualTo(1);
    }

    @Test
    void anUnknownDurabilityIsRejected() {
        SluiceActivationSpec spec = queue("orders");
        spec.setSubscriptionDurability("Sometimes");
        assertThatThrownBy(spec::validate).hasMessageContaining("subscriptionDurability 'Sometimes'");
    }
}
