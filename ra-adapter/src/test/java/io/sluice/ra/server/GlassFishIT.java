package io.sluice.ra.server;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The adapter in GlassFish: the container's post-boot asadmin commands (arquillian.xml) deploy the
 * .rar and create its pool, connection factory, administered objects and the journal's data source,
 * as docs/resource-adapter.md describes; then the test application.
 */
@ExtendWith(ArquillianExtension.class)
class GlassFishIT extends InServerTests {

    private static final String MDB_BINDING = """
            <glassfish-ejb-jar>
              <enterprise-beans>
                %s
              </enterprise-beans>
            </glassfish-ejb-jar>
            """.formatted(binding("OrderListener") + binding("AuditListener") + binding("UrgentListener"));

    private static String binding(String bean) {
        return """
                <ejb>
                  <ejb-name>%s</ejb-name>
                  <mdb-resource-adapter><resource-adapter-mid>sluice-ra</resource-adapter-mid></mdb-resource-adapter>
                </ejb>
                """.formatted(bean);
    }

    @Deployment(name = "app")
    static WebArchive application() {
        return TestApplication.war(GlassFishIT.class,
                new TestApplication.Names("jms/SluiceCF", "jms/queue/Orders", "jms/topic/Events", "jdbc/SluiceJournal"),
                "glassfish-ejb-jar.xml", MDB_BINDING);
    }
}
