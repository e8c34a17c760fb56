package vn.counterdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.counterdesk.app.ui.CounterFixture.await;
import static vn.counterdesk.app.ui.CounterFixture.present;
import static vn.counterdesk.app.ui.CounterFixture.scan;
import static vn.counterdesk.app.ui.CounterFixture.text;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.counterdesk.app.demo.DemoCard;
import vn.counterdesk.app.demo.DemoEnvironment;

/**
 * The FX thread stays responsive while the chip is read (PACE, secure messaging, the photo, passive
 * and chip authentication) and while an invoice is numbered, signed, stored and rendered to PDF: a
 * watchdog pings it every 50 ms and samples its stack whenever a ping waits more than 250 ms.
 */
@ExtendWith(ApplicationExtension.class)
class FxThreadNeverBlocksIT {

    @TempDir
    static Path directory;

    private static CounterFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new CounterFixture(DemoEnvironment.start(directory, Clock.systemDefaultZone()));
        fixture.show(stage);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void noSlowWorkOnTheFxThreadDuringAReadAndASignature(FxRobot robot) throws Exception {
        fixture.services.demoReader().orElseThrow().insert(DemoCard.shipped().getFirst());
        // Warm-up: the first identity shown loads and JIT-compiles the view classes on the FX thread
        // once per process; the watchdog is about the steady state at the counter.
        issueAfterReading(robot, "Phí tra cứu");
        long readPings;
        try (FxWatchdog watchdog = new FxWatchdog()) {
            scan(robot, CounterFixture.qrText("nguyen-van-an"));
            await(
                    60,
                    () -> present(robot, "#read-button")
                            && text(robot, "#read-message").equals("Card read."));
            readPings = watchdog.pings();
            assertThat(watchdog.slowWorkOnFxThread())
                    .as("slow work on the FX thread during the chip read")
                    .isEmpty();

            issue(robot, "Sao y bản chính", "no. 2 issued");
            assertThat(watchdog.slowWorkOnFxThread())
                    .as("slow work on the FX thread during numbering, signing, storing and PDF")
                    .isEmpty();
            // A blocked FX thread would hold pings for the whole read or signature (seconds); a busy
            // machine delays them too, but not for this long.
            assertThat(watchdog.longestWaitMillis()).isLessThan(2000);
            System.out.println("FX watchdog: " + watchdog.pings() + " pings, longest wait "
                    + watchdog.longestWaitMillis() + " ms");
            assertThat(watchdog.pings()).isGreaterThan(readPings);
        }
        assertThat(readPings).as("the watchdog really ran during the read").isGreaterThan(3);
    }

    private static void issueAfterReading(FxRobot robot, String item) throws Exception {
        scan(robot, CounterFixture.qrText("nguyen-van-an"));
        await(60, () -> present(robot, "#verdict"));
        issue(robot, item, "no. 1 issued");
    }

    private static void issue(FxRobot robot, String item, String expected) throws Exception {
        robot.press(javafx.scene.input.KeyCode.CONTROL)
                .type(javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.CONTROL);
        robot.interact(() -> {
            robot.lookup("#line-item").queryAs(TextField.class).setText(item);
            robot.lookup("#line-price").queryAs(TextField.class).setText("5000");
        });
        robot.clickOn("#add-line");
        robot.press(javafx.scene.input.KeyCode.CONTROL)
                .type(javafx.scene.input.KeyCode.ENTER)
                .release(javafx.scene.input.KeyCode.CONTROL);
        await(60, () -> text(robot, "#issued-label").contains(expected));
    }
}
