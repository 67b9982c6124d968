package io.sluice.cdi;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.jms.JMSContext;

/**
 * The CDI portable extension that makes {@code @Inject JMSContext} work (Jakarta Messaging 12.4), with
 * {@code @JMSConnectionFactory}, {@code @JMSSessionMode} and {@code @JMSPasswordCredential}. Registered in
 * {@code META-INF/services/jakarta.enterprise.inject.spi.Extension}, so a CDI container finds it on the
 * class path.
 */
public class SluiceJmsExtension implements Extension {

    void addBeans(@Observes BeforeBeanDiscovery event, BeanManager beans) {
        event.addAnnotatedType(beans.createAnnotatedType(InjectedContexts.class), InjectedContexts.class.getName());
        event.addAnnotatedType(beans.createAnnotatedType(RequestContexts.class), RequestContexts.class.getName());
    }

    /** A bad annotation value fails the deployment, naming the injection point, rather than a later call. */
    void checkAnnotations(@Observes ProcessInjectionPoint<?, JMSContext> event) {
        try {
            ContextKey.of(event.getInjectionPoint().getAnnotated());
        } catch (IllegalArgumentException e) {
            event.addDefinitionError(new DefinitionException(e.getMessage() + " at " + event.getInjectionPoint(), e));
        }
    }
}
