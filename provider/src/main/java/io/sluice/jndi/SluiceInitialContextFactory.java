package io.sluice.jndi;

import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.spi.InitialContextFactory;
import java.util.Hashtable;

/**
 * The JNDI entry point for standard client code: {@code java.naming.factory.initial} names this class
 * and the environment (or {@code jndi.properties}) declares what to bind:
 * {@code connectionFactory.<name>=<url>}, {@code queue.<name>=<queue>}, {@code topic.<name>=<topic>}.
 * Names under {@code dynamicQueues/} and {@code dynamicTopics/} resolve to destinations without a
 * declaration.
 */
public final class SluiceInitialContextFactory implements InitialContextFactory {

    @Override
    public Context getInitialContext(Hashtable<?, ?> environment) throws NamingException {
        Hashtable<Object, Object> copy = environment == null ? new Hashtable<>() : new Hashtable<>(environment);
        return new SluiceNamingContext(copy, JndiBindings.from(copy));
    }
}
