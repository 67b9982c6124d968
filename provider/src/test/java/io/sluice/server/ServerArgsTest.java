package io.sluice.server;

import io.sluice.checkback.CheckBackSettings;
import io.sluice.store.FlushPolicy;
import org.junit.jupiter.api.Test;

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
        assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--prot", "1"})).hasMessageContaining("--prot");
        assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--port"})).hasMessageContaining("value");
        assertThatThrownBy(() -> ServerArgs.parse(new String[] {"--port", "x"})).hasMessageContaining("x");
    }
}
