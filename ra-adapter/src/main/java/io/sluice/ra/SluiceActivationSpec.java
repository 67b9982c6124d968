package io.sluice.ra;

import io.sluice.client.ConnectionUrl;
import io.sluice.selector.Selector;
import jakarta.jms.InvalidSelectorException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a message-driven bean consumes: the standard activation properties of Jakarta Messaging
 * 13.1 / Jakarta Enterprise Beans 5.4.17 plus Sluice's own (connection URL, credentials,
 * redelivery attempts and delay, dead-letter destination). {@link #validate} reports every
 * invalid property at once.
 */
public class SluiceActivationSpec implements ActivationSpec, ResourceAdapterAssociation {

    static final String QUEUE_TYPE = "jakarta.jms.Queue";
    static final String TOPIC_TYPE = "jakarta.jms.Topic";
    static final String DURABLE = "Durable";
    static final String NON_DURABLE = "NonDurable";
    static final String AUTO_ACKNOWLEDGE = "Auto-acknowledge";
    static final String DUPS_OK_ACKNOWLEDGE = "Dups-ok-acknowledge";
    static final int DEFAULT_MAX_SESSION = 10;
    static final int DEFAULT_REDELIVERY_ATTEMPTS = 5;
    static final String DEFAULT_DEAD_LETTER_DESTINATION = "DLQ";

    private String destination;
    private String destinationLookup;
    private String destinationType;
    private String subscriptionDurability = NON_DURABLE;
    private String subscriptionName;
    private String clientId;
    private String messageSelector;
    private String acknowledgeMode = AUTO_ACKNOWLEDGE;
    private Integer maxSession = DEFAULT_MAX_SESSION;
    private Boolean shareSubscriptions = Boolean.FALSE;
    private String connectionURL;
    private String user;
    private String password;
    private Integer redeliveryAttempts = DEFAULT_REDELIVERY_ATTEMPTS;
    private Long redeliveryDelay = 0L;
    private String deadLetterDestination = DEFAULT_DEAD_LETTER_DESTINATION;
    private transient SluiceResourceAdapter resourceAdapter;

    @Override
    public void validate() throws InvalidPropertyException {
        List<String> problems = new ArrayList<>();
        if (isBlank(destination) && isBlank(destinationLookup)) {
            problems.add("destination or destinationLookup must be set");
        }
        if (destinationType != null && !Set.of(QUEUE_TYPE, TOPIC_TYPE).contains(destinationType)) {
            problems.add("destinationType '" + destinationType + "' must be " + QUEUE_TYPE + " or " + TOPIC_TYPE);
        }
        if (!Set.of(DURABLE, NON_DURABLE).contains(subscriptionDurability)) {
            problems.add("subscriptionDurability '" + subscriptionDurability + "' must be " + DURABLE + " or " + NON_DURABLE);
        }
        if (isDurable() && QUEUE_TYPE.equals(destinationType)) {
            problems.add("subscriptionDurability=Durable applies to topics, but destinationType is " + QUEUE_TYPE);
        }
        if ((isDurable() || isShared()) && isBlank(subscriptionName)) {
            problems.add("a " + (isDurable() ? "durable" : "shared") + " subscription needs a subscriptionName");
        }
        if (isDurable() && !isShared() && isBlank(clientId)) {
            problems.add("an unshared durable subscription needs a clientId (or set shareSubscriptions=true)");
        }
        if (isShared() && QUEUE_TYPE.equals(destinationType)) {
            problems.add("shareSubscriptions applies to topics, but destinationType is " + QUEUE_TYPE);
        }
        if (!Set.of(AUTO_ACKNOWLEDGE, DUPS_OK_ACKNOWLEDGE).contains(acknowledgeMode)) {
            problems.add("acknowledgeMode '" + acknowledgeMode + "' must be " + AUTO_ACKNOWLEDGE + " or "
                    + DUPS_OK_ACKNOWLEDGE);
        }
        if (maxSession == null || maxSession < 1) {
            problems.add("maxSession " + maxSession + " must be at least 1");
        }
        if (redeliveryAttempts == null || redeliveryAttempts < 0) {
            problems.add("redeliveryAttempts " + redeliveryAttempts + " must be 0 or more");
        }
        if (redeliveryDelay == null || redeliveryDelay < 0) {
            problems.add("redeliveryDelay " + redeliveryDelay + " (milliseconds) must be 0 or more");
        }
        if (isBlank(deadLetterDestination)) {
            problems.add("deadLetterDestination must name a queue");
        }
        if (!isBlank(messageSelector)) {
            try {
                Selector.parse(messageSelector);
            } catch (InvalidSelectorException e) {
                problems.add("messageSelector: " + e.getMessage());
            }
        }
        if (!isBlank(connectionURL)) {
            try {
                ConnectionUrl.parse(connectionURL.trim());
            } catch (IllegalArgumentException e) {
                problems.add("connectionURL: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPropertyException("invalid Sluice activation of " + describeDestination() + ": "
                    + String.join("; ", problems));
        }
    }

    private String describeDestination() {
        return !isBlank(destinationLookup) ? destinationLookup : !isBlank(destination) ? destination : "(no destination)";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    boolean isDurable() {
        return DURABLE.equals(subscriptionDurability);
    }

    boolean isShared() {
        return Boolean.TRUE.equals(shareSubscriptions);
    }

    /** An unshared durable subscription admits one consumer; other activations use up to maxSession. */
    int sessionCount() {
        return isDurable() && !isShared() ? 1 : maxSession;
    }

    String url() {
        return isBlank(connectionURL) ? resourceAdapter.effectiveUrl() : connectionURL.trim();
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
        if (!(adapter instanceof SluiceResourceAdapter sluice)) {
            throw new InvalidPropertyException("a Sluice activation belongs to a Sluice resource adapter, not "
                    + (adapter == null ? "null" : adapter.getClass().getName()));
        }
        this.resourceAdapter = sluice;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getDestinationLookup() {
        return destinationLookup;
    }

    public void setDestinationLookup(String destinationLookup) {
        this.destinationLookup = destinationLookup;
    }

    public String getDestinationType() {
        return destinationType;
    }

    public void setDestinationType(String destinationType) {
        this.destinationType = destinationType;
    }

    public String getSubscriptionDurability() {
        return subscriptionDurability;
    }

    public void setSubscriptionDurability(String subscriptionDurability) {
        this.subscriptionDurability = subscriptionDurability;
    }

    public String getSubscriptionName() {
        return subscriptionName;
    }

    public void setSubscriptionName(String subscriptionName) {
        this.subscriptionName = subscriptionName;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getMessageSelector() {
        return messageSelector;
    }

    public void setMessageSelector(String messageSelector) {
        this.messageSelector = messageSelector;
    }

    public String getAcknowledgeMode() {
        return acknowledgeMode;
    }

    public void setAcknowledgeMode(String acknowledgeMode) {
        this.acknowledgeMode = acknowledgeMode;
    }

    public Integer getMaxSession() {
        return maxSession;
    }

    public void setMaxSession(Integer maxSession) {
        this.maxSession = maxSession;
    }

    public Boolean getShareSubscriptions() {
        return shareSubscriptions;
    }

    public void setShareSubscriptions(Boolean shareSubscriptions) {
        this.shareSubscriptions = shareSubscriptions;
    }

    public String getConnectionURL() {
        return connectionURL;
    }

    public void setConnectionURL(String connectionURL) {
        this.connectionURL = connectionURL;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Integer getRedeliveryAttempts() {
        return redeliveryAttempts;
    }

    public void setRedeliveryAttempts(Integer redeliveryAttempts) {
        this.redeliveryAttempts = redeliveryAttempts;
    }

    public Long getRedeliveryDelay() {
        return redeliveryDelay;
    }

    public void setRedeliveryDelay(Long redeliveryDelay) {
        this.redeliveryDelay = redeliveryDelay;
    }

    public String getDeadLetterDestination() {
        return deadLetterDestination;
    }

    public void setDeadLetterDestination(String deadLetterDestination) {
        this.deadLetterDestination = deadLetterDestination;
    }

    @Override
    public String toString() {
        return "SluiceActivationSpec[" + describeDestination() + ", " + subscriptionDurability
                + (subscriptionName == null ? "" : " " + subscriptionName)
                + (messageSelector == null ? "" : ", selector " + messageSelector) + "]";
    }
}
