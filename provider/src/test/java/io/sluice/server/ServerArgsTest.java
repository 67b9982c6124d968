package io.sluice.server;

import io.sluice.checkback.CheckBackSettings;
import io.sluice.store.FlushPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerArgsTest {

    @Test
    void noArgumentsGiveTheDocumentedDefaults() {
        ServerConfig config = ServerArgs.parse(new String[0]);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(7676);
        assertThat(config.broker().name()).isEqualTo("sluice");
        assertThat(config.broker().dataDir()).isEqualTo(Path.of("data", "sluice"));
    }

    @Test
    void eachOptionSetsItsField() {
        ServerConfig config = ServerArgs.parse(new String[] {"--port", "0", "--dataDir", "/tmp/s", "--name", "b1",
                "--flushPolicy", "async", "--queueCount", "8", "--maxFrameBytes", "4096", "--heartbeatMillis", "250",
                "--host", "0.0.0.0", "--securityConfig", "/etc/sec.conf"});
        assertThat(config.port()).isZero();
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.maxFrameBytes()).isEqualTo(4096);
        assertThat(config.heartbeatMillis()).isEqualTo(250);
        assertThat(config.broker().name()).isEqualTo("b1");
        assertThat(config.broker().dataDir()).isEqualTo(Path.of("/tmp/s"));
        assertThat(config.broker().flushPolicy()).isEqualTo(FlushPolicy.ASYNC);
        assertThat(config.broker().queueCount()).isEqualTo(8);
        assertThat(config.broker().securityConfig()).isEqualTo(Path.of("/etc/sec.conf"));
    }

    @Test
    void theCheckBackOptionsSetTheBrokersCheckBackSettings() {
        ServerConfig config = ServerArgs.parse(new String[] {"--checkAfterMillis", "100", "--checkIntervalMillis",
                "250", "--maxChecks", "2", "--queueCount", "3"});
        assertThat(config.broker().checkBack()).isEqualTo(new CheckBackSettings(Duration.ofMillis(100),
                Duration.ofMillis(250), 2));
        assertThat(ServerArgs.parse(new String[0]).broker().checkBack()).isEqualTo(CheckBackSettings.DEFAULTS);
        assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--checkIntervalMillis", "0"}))
                .hasMessageContaining("checkInterval");
    }

    @Test
    void mistakesAreReported() {
        assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--prot", "1"})).hasMessageContaining("prot");
        assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--port"})).hasMessageContaining("value");
        assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--port", "x"})).hasMessageContaining("x");
    }

    @Test
    void aConfigurationFileSetsEverySettingAndTheCommandLineOverridesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sluice.properties");
        Files.writeString(file, String.join("\n", "name=filed", "host=0.0.0.0", "port=7000", "dataDir=/tmp/f",
                "securityConfig=/etc/sec.conf", "flushPolicy=ASYNC", "queueCount=6", "maxDiskBytes=1000000",
                "segmentBytes=8192", "orderedQueues=a, b", "maxFrameBytes=2048", "heartbeatMillis=300"));
        ServerConfig config = ServerArgs.parse(new String[] {"--config", file.toString(), "--port", "0"});
        assertThat(config.port()).isZero();
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.maxFrameBytes()).isEqualTo(2048);
        assertThat(config.heartbeatMillis()).isEqualTo(300);
        assertThat(config.broker().name()).isEqualTo("filed");
        assertThat(config.broker().dataDir()).isEqualTo(Path.of("/tmp/f"));
        assertThat(config.broker().securityConfig()).isEqualTo(Path.of("/etc/sec.conf"));
        assertThat(config.broker().flushPolicy()).isEqualTo(FlushPolicy.ASYNC);
        assertThat(config.broker().queueCount()).isEqualTo(6);
        assertThat(config.broker().maxDiskBytes()).isEqualTo(1_000_000);
        assertThat(config.broker().segmentBytes()).isEqualTo(8192);
        assertThat(config.broker().orderedQueues()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void theShippedConfigurationFileHoldsTheDefaults() {
        // surefire runs in the module directory; the file sits at the top of the repository
        ServerConfig shipped = ServerArgs.parse(new String[] {"--config", "../conf/sluice.properties"});
        assertThat(shipped).isEqualTo(ServerArgs.parse(new String[0]));
    }

    @Test
    void mistakesInAFileNameTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "queueCont=3\n");
        assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--config", file.toString()}))
                .hasMessageContaining(file.toString()).hasMessageContaining("queueCont");
        Files.writeString(file, "queueCount=0\n");
        assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--config", file.toString()}))
                .hasMessageContaining(file.toString()).hasMessageContaining("queueCount");
        assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--config", dir.resolve("missing").toString()}))
                .hasMessageContaining("missing");
    }

    @Test
    void tlsSettingsMakeATlsConfig() {
        ServerConfig config = ServerArgs.parse(new String[] {"--tlsKeyStore", "/k.p12", "--tlsKeyStorePassword", "pw",
                "--tlsTrustStore", "/t.p12", "--tlsTrustStorePassword", "tpw", "--tlsClientAuth", "require"});
        assertThat(config.tls()).isEqualTo(new TlsConfig(Path.of("/k.p12"), "pw", Path.of("/t.p12"), "tpw", true));
        assertThat(ServerArgs.parse(new String[0]).tls().enabled()).isFalse();
        assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--tlsKeyStore", "/k.p12", "--tlsClientAuth", "maybe"}))
                .hasMessageContaining("tlsClientAuth").hasMessageContaining("the command line");
        assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--tlsClientAuth", "require"}))
                .hasMessageContaining("tlsKeyStore");
    }
}
