package io.sluice.cdi;

import io.sluice.jndi.SluiceInitialContextFactory;

import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;
import java.util.Hashtable;

/**
 * Lookups in the application's JNDI ({@code jndi.properties}, system properties), or in Sluice's own
 * when the application names no initial context factory, so that {@code jndi.properties} declarations
 * work without naming {@code java.naming.factory.initial}.
 */
final class Jndi {

    private Jndi() {
    }

    static Object lookUp(String name) throws NamingException {
        InitialContext configured = new InitialContext();
        try {
            return configured.lookup(name);
        } catch (NoInitialContextException noFactoryNamed) {
            return lookUpInSluice(name);
        } finally {
            configured.close();
        }
    }

    private static Object lookUpInSluice(String name) throws NamingException {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, SluiceInitialContextFactory.class.getName());
        InitialContext sluice = new InitialContext(environment);
        try {
            return sluice.lookup(name);
        } finally {
            sluice.close();
        }
    }
}
