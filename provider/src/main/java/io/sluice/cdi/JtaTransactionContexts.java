package io.sluice.cdi;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.NameNotFoundException;
import javax.naming.NamingException;

/**
 * Transaction-scoped contexts kept in the JTA transaction's own resources
 * ({@link TransactionSynchronizationRegistry}). Sluice has no XA resource yet, so the context is
 * not enlisted: it is a transacted context committed just before the transaction completes
 * (a failure marks the transaction rollback-only) and rolled back when the transaction does not commit.
 */
final class JtaTransactionContexts implements TransactionContexts {

    /** Where Jakarta EE binds the registry; a JNDI setup in Java SE may bind it there too. */
    static final String JNDI_NAME = "java:comp/TransactionSynchronizationRegistry";

    private final TransactionSynchronizationRegistry registry;

    private JtaTransactionContexts(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    /** The registry is a CDI bean of the application, or bound in JNDI; without one, no transaction scope. */
    static TransactionContexts find(BeanManager beans) {
        Instance<TransactionSynchronizationRegistry> bean =
                beans.createInstance().select(TransactionSynchronizationRegistry.class);
        if (bean.isResolvable()) {
            return new JtaTransactionContexts(bean.get());
        }
        try {
            if (Jndi.lookUp(JNDI_NAME) instanceof TransactionSynchronizationRegistry registry) {
                return new JtaTransactionContexts(registry);
            }
            return NONE;
        } catch (NameNotFoundException noTransactionManager) {
            return NONE;
        } catch (NamingException e) {
            throw new IllegalStateException("looking up " + JNDI_NAME + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public JMSContext contextFor(ContextKey key, ContextOpener opener) {
        if (registry.getTransactionKey() == null) {
            return null;
        }
        ResourceKey resourceKey = new ResourceKey(key);
        JMSContext context = (JMSContext) registry.getResource(resourceKey);
        if (context == null) {
            context = opener.open(key, JMSContext.SESSION_TRANSACTED);
            try {
                registry.registerInterposedSynchronization(new CompleteWithTransaction(context));
            } catch (IllegalStateException notActive) {
                context.close();
                throw new IllegalStateRuntimeException("the transaction is no longer active (status "
                        + registry.getTransactionStatus() + "); an injected JMSContext cannot join it");
            }
            registry.putResource(resourceKey, context);
        }
        return context;
    }

    /** Keeps our entries apart from other users of the transaction's resources. */
    private record ResourceKey(ContextKey key) {
    }

    private final class CompleteWithTransaction implements Synchronization {

        private final JMSContext context;
        private boolean committed;

        CompleteWithTransaction(JMSContext context) {
            this.context = context;
        }

        @Override
        public void beforeCompletion() {
            if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
                return;
            }
            try {
                context.commit();
                committed = true;
            } catch (JMSRuntimeException e) {
                registry.setRollbackOnly();
                throw e;
            }
        }

        @Override
        public void afterCompletion(int status) {
            try {
                if (!committed) {
                    context.rollback();
                }
            } finally {
                context.close();
            }
        }
    }
}
