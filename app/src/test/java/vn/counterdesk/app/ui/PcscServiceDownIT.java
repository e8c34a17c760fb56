package vn.counterdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.counterdesk.app.ui.CounterFixture.awaitMessage;
import static vn.counterdesk.app.ui.CounterFixture.present;
import static vn.counterdesk.app.ui.CounterFixture.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.counterdesk.app.demo.DemoEnvironment;
import vn.counterdesk.app.service.PcscCardSource;
import vn.counterdesk.card.verify.trust.TrustStore;

/**
 * PC/SC mode with no service: this IT runs in its own failsafe execution whose JVM points libpcsclite
 * at a socket where no pcscd listens ({@code PCSCLITE_CSOCK_NAME}), which is exactly what the client
 * library sees when pcscd is stopped — without stopping the pcscd other tests share.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfEnvironmentVariable(
        named = "PCSCLITE_CSOCK_NAME",
        matches = ".+",
        disabledReason = "runs in the failsafe execution pcsc-service-down")
class PcscServiceDownIT {

    @TempDir
    static Path directory;

    private static CounterFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new CounterFixture(DemoEnvironment.withReader(
                directory, Clock.systemDefaultZone(), new PcscCardSource(Optional.empty()), TrustStore.builtIn()));
        fixture.show(stage);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void readingWithoutThePcscServiceSaysSoClearly(FxRobot robot) throws Exception {
        String socket = System.getenv("PCSCLITE_CSOCK_NAME");
        assertThat(Files.exists(Path.of(socket)))
                .as("no pcscd behind this socket")
                .isFalse();

        scan(robot, "001090012345");

        awaitMessage(robot, "#read-message", "The smart card service (PC/SC) is not running");
        assertThat(present(robot, "#verdict")).isFalse();
    }
}
