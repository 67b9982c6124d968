package io.sluice.ra;

import jakarta.jms.Queue;

import java.io.Serializable;
import java.util.Objects;

/**
 * A queue as an administered object of the adapter: the container creates it from its
 * {@code Name} property and binds it in JNDI. Sessions of the adapter turn it into the Sluice
 * queue of that name.
 */
public class SluiceAdminQueue implements Queue, Serializable {

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
    public String getQueueName() {
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("this Sluice queue has no Name property; configure it on the administered object");
        }
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SluiceAdminQueue other && Objects.equals(other.name, name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }

    @Override
    public String toString() {
        return "queue://" + name;
    }
}
