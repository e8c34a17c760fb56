package vn.counterdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.counterdesk.app.ui.CounterFixture.await;
import static vn.counterdesk.app.ui.CounterFixture.awaitMessage;
import static vn.counterdesk.app.ui.CounterFixture.present;
import static vn.counterdesk.app.ui.CounterFixture.scan;
import static vn.counterdesk.app.ui.CounterFixture.text;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.counterdesk.app.demo.DemoEnvironment;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.app.service.PcscCardSource;
import vn.counterdesk.app.session.DemoHost;
import vn.counterdesk.card.verify.CheckStatus;
import vn.counterdesk.card.verify.Verdict;
import vn.counterdesk.card.verify.trust.TrustStore;
import vn.counterdesk.pcsc.PcscReaders;
import vn.counterdesk.pcsc.ReaderSnapshot;
import vn.counterdesk.testkit.profile.CardGenerator;
import vn.counterdesk.testkit.profile.CardProfiles;
import vn.counterdesk.testkit.profile.VirtualCard;
import vn.counterdesk.testkit.vpcd.VpcdBridge;

/**
 * The counter flow through the real pcscd, from the sign-in screen on: the virtual chip sits in "Virtual PCD 00 00" (vpcd), the
 * app reads it over PC/SC with the product trust store (the test CSCA is not in it, so the verdict
 * is CHAIN_UNVERIFIED), issues an invoice and sees it CODED. Run under
 * {@code flock /tmp/counterdesk-pcscd.lock}.
 */
@ExtendWith(ApplicationExtension.class)
class PcscCounterFlowIT {

    private static final String READER = "Virtual PCD 00 00";

    @TempDir
    static Path directory;

    private static CounterFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        CounterServices services = DemoEnvironment.withReader(
                directory, Clock.systemDefaultZone(), new PcscCardSource(Optional.of(READER)), TrustStore.builtIn());
        fixture = new CounterFixture(DemoHost.on(services), services);
        fixture.showShell(stage, javafx.util.Duration.minutes(5));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void readsTheVirtualChipThroughPcscdIssuesAndSeesCoded(FxRobot robot) throws Exception {
        CounterFixture.signIn(robot, DemoHost.DEMO_LOGIN, DemoHost.DEMO_PASSWORD);
        await(60, () -> present(robot, "#read-key"));
        assertThat(text(robot, "#clerk-name")).contains(DemoHost.DEMO_LOGIN);
        assertThat(robot.lookup("#demo-card-choice").tryQuery())
                .as("no demo controls")
                .isEmpty();
        scan(robot, "001090012345");
        awaitMessage(robot, "#read-message", "No card on the reader");

        VirtualCard card = CardGenerator.generate(CardProfiles.persona("tran-thi-ngoc-anh"));
        try (VpcdBridge bridge = VpcdBridge.insert(card.newChip())) {
            awaitCard(true);
            scan(robot, CounterFixture.qrText("tran-thi-ngoc-anh"));
            await(90, () -> present(robot, "#verdict"));

            assertThat(text(robot, "#identity-name")).isEqualTo("Trần Thị Ngọc Ánh");
            assertThat(robot.lookup("#verdict").query().getUserData()).isEqualTo(Verdict.CHAIN_UNVERIFIED);
            assertThat(text(robot, "#verdict")).contains("issuer certificate is not installed");
            assertThat(robot.lookup("#check-csca-chain").query().getUserData()).isNotEqualTo(CheckStatus.PASS);
            assertThat(robot.lookup("#check-dg-hashes").query().getUserData()).isEqualTo(CheckStatus.PASS);

            robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
            robot.write("Phí dịch vụ").type(KeyCode.TAB).type(KeyCode.TAB);
            robot.interact(() ->
                    robot.lookup("#line-quantity").queryAs(TextField.class).selectAll());
            robot.write("1").type(KeyCode.TAB).write("50000").type(KeyCode.ENTER);
            robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
            await(60, () -> !text(robot, "#issued-label").isEmpty());
            assertThat(text(robot, "#total-payable")).isEqualTo("0 VND");
            assertThat(text(robot, "#issued-label")).contains("no. 1 issued");
            ListView<?> history = robot.lookup("#history").queryAs(ListView.class);
            await(60, () -> history.getItems().size() == 1);
            awaitMessage(robot, "#issued-status", "CODED");

            bridge.remove();
            awaitCard(false);
        }
    }

    private static void awaitCard(boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (PcscReaders.snapshot() instanceof ReaderSnapshot.Available available
                    && available.readers().stream()
                            .anyMatch(r -> r.name().equals(READER) && r.cardPresent() == present)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("pcscd did not see the card " + (present ? "inserted" : "removed"));
    }
}
