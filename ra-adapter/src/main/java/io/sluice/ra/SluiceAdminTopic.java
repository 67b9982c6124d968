package io.sluice.ra;

import jakarta.jms.Topic;

import java.io.Serializable;
import java.util.Objects;

/**
 * A topic as an administered object of the adapter: the container creates it from its
 * {@code Name} property and binds it in JNDI. Sessions of the adapter turn it into the Sluice
 * topic of that name.
 */
public class SluiceAdminTopic implements Topic, Serializable {

    private static final long serialVersionUID = 1L;

    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** @throws IllegalStateException when the container configured no name */
    @Override
    public String getTopicName() {
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("this Sluice topic has no Name property; configure it on the administered object");
        }
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SluiceAdminTopic other && Objects.equals(other.name, name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }

    @Override
    public String toString() {
        return "topic://" + name;
    }
}
