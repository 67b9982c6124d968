package io.sluice.ra.server;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application deployed in every server: the same beans, with the server's JNDI names mapped in
 * web.xml (component references) and ejb-jar.xml (the beans' destinationLookup), and the server's
 * own descriptor binding the message-driven beans to the adapter.
 */
final class TestApplication {

    /** The server's global JNDI names of what the application uses. */
    record Names(String connectionFactory, String ordersQueue, String eventsTopic, String journalDataSource) {
    }

    private TestApplication() {
    }

    static WebArchive war(Class<?> testClass, Names names, String bindingDescriptor, String bindingContent) {
        return ShrinkWrap.create(WebArchive.class, "sluice-it.war")
                .addClasses(testClass, InServerTests.class, Journal.class, JournalTable.class, OrderSender.class,
                        QueueProbe.class, OrderListener.class, AuditListener.class, UrgentListener.class)
                .addAsWebInfResource(new StringAsset(webXml(names)), "web.xml")
                .addAsWebInfResource(new StringAsset(ejbJarXml(names)), "ejb-jar.xml")
                .addAsWebInfResource(new StringAsset(bindingContent), bindingDescriptor);
    }

    private static String webXml(Names names) {
        return """
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <resource-ref>
                    <res-ref-name>jms/SluiceCF</res-ref-name>
                    <res-type>jakarta.jms.ConnectionFactory</res-type>
                    <lookup-name>%s</lookup-name>
                  </resource-ref>
                  <resource-env-ref>
                    <resource-env-ref-name>jms/queue/Orders</resource-env-ref-name>
                    <resource-env-ref-type>jakarta.jms.Queue</resource-env-ref-type>
                    <lookup-name>%s</lookup-name>
                  </resource-env-ref>
                  <resource-ref>
                    <res-ref-name>jdbc/Journal</res-ref-name>
                    <res-type>javax.sql.DataSource</res-type>
                    <lookup-name>%s</lookup-name>
                  </resource-ref>
                </web-app>
                """.formatted(names.connectionFactory(), names.ordersQueue(), names.journalDataSource());
    }

    private static String ejbJarXml(Names names) {
        return """
                <ejb-jar xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0">
                  <enterprise-beans>
                    <message-driven>
                      <ejb-name>OrderListener</ejb-name>
                      <activation-config>
                        <activation-config-property>
                          <activation-config-property-name>destinationLookup</activation-config-property-name>
                          <activation-config-property-value>%s</activation-config-property-value>
                        </activation-config-property>
                      </activation-config>
                    </message-driven>
                    <message-driven>
                      <ejb-name>AuditListener</ejb-name>
                      <activation-config>
                        <activation-config-property>
                          <activation-config-property-name>destinationLookup</activation-config-property-name>
                          <activation-config-property-value>%s</activation-config-property-value>
                        </activation-config-property>
                      </activation-config>
                    </message-driven>
                  </enterprise-beans>
                </ejb-jar>
                """.formatted(names.ordersQueue(), names.eventsTopic());
    }
}
