package io.sluice.cdi;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;

/**
 * Produces the injected {@link JMSContext}s and finds, on each call, the real context they stand for
 * (Jakarta Messaging 12.4.4): the transaction's when a JTA transaction is active, else the request's.
 */
@ApplicationScoped
class InjectedContexts {

    private static final String JTA_REGISTRY = "jakarta.transaction.TransactionSynchronizationRegistry";

    @Inject
    BeanManager beans;
    @Inject
    RequestContexts requestContexts;

    private final ConnectionFactories factories = new ConnectionFactories();
    private TransactionContexts transactionContexts;

    @PostConstruct
    void findTransactionManager() {
        transactionContexts = jtaApiPresent() ? JtaTransactionContexts.find(beans) : TransactionContexts.NONE;
    }

    private static boolean jtaApiPresent() {
        try {
            Class.forName(JTA_REGISTRY, false, InjectedContexts.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Produces
    @Dependent
    JMSContext inject(InjectionPoint injectionPoint) {
        return new InjectedJMSContext(ContextKey.of(injectionPoint == null ? null : injectionPoint.getAnnotated()), this);
    }

    JMSContext current(ContextKey key) {
        JMSContext inTransaction = transactionContexts.contextFor(key, this::open);
        if (inTransaction != null) {
            return inTransaction;
        }
        if (!requestScopeActive()) {
            throw new ContextNotActiveException("an injected JMSContext used outside a transaction is request-scoped "
                    + "(Jakarta Messaging 12.4.4) and no request scope is active on this thread: activate one "
                    + "(@ActivateRequestContext, RequestContextController) or create the context with "
                    + "ConnectionFactory.createContext");
        }
        return requestContexts.contextFor(key, this::open);
    }

    private boolean requestScopeActive() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }

    private JMSContext open(ContextKey key, int sessionMode) {
        var factory = factories.get(key.connectionFactory());
        return key.userName() == null
                ? factory.createContext(sessionMode)
                : factory.createContext(key.userName(), key.password(), sessionMode);
    }
}
