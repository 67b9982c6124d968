package io.sluice.ra.server;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.ResourceAdapterArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;

/**
 * The adapter in WildFly: the .rar built by this module (embedded broker), activated by its
 * ironjacamar.xml, then the test application.
 */
@ExtendWith(ArquillianExtension.class)
class WildFlyIT extends InServerTests {

    private static final String MDB_BINDING = """
            <jboss:ejb-jar xmlns:jboss="urn:jboss:jakartaee:1.0" xmlns="https://jakarta.ee/xml/ns/jakartaee"
                           xmlns:mdb="urn:resource-adapter-binding" version="4.0">
              <assembly-descriptor>
                <mdb:resource-adapter-binding>
                  <ejb-name>*</ejb-name>
                  <mdb:resource-adapter-name>sluice-ra.rar</mdb:resource-adapter-name>
                </mdb:resource-adapter-binding>
              </assembly-descriptor>
            </jboss:ejb-jar>
            """;

    @Deployment(name = "rar", order = 1, testable = false)
    static Archive<?> adapter() {
        ResourceAdapterArchive built = ShrinkWrap.createFromZipFile(ResourceAdapterArchive.class,
                new File(System.getProperty("sluice.rar")));
        return ShrinkWrap.create(ResourceAdapterArchive.class, "sluice-ra.rar").merge(built)
                .addAsManifestResource(WildFlyIT.class.getResource("/server/ironjacamar.xml"), "ironjacamar.xml");
    }

    @Deployment(name = "app", order = 2)
    static WebArchive application() {
        return TestApplication.war(WildFlyIT.class,
                new TestApplication.Names("java:/jms/SluiceCF", "java:/jms/queue/Orders", "java:/jms/topic/Events",
                        "java:jboss/datasources/ExampleDS"),
                "jboss-ejb3.xml", MDB_BINDING);
    }
}
