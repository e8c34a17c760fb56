package vn.counterdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real {@link CounterDeskApplication} as {@code ./counterdesk} and {@code ./counterdesk demo} do: on an
 * empty data directory the first screen is the administrator's set-up (and the database passphrase was generated
 * into an owner-only file); in demo mode it is the sign-in screen with the demo account shown.
 */
class AppStartIT {

    @TempDir
    Path directory;

    private final FxRobot robot = new FxRobot();
    private Application application;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
    }

    @Test
    void anEmptyDataDirectoryStartsWithTheAdministratorSetUp() throws Exception {
        application = FxToolkit.setupApplication(CounterDeskApplication.class, "--data-dir=" + directory, "--lang=en");
        awaitNode("#setup-login");
        assertThat(text("#setup-title")).isEqualTo("First start: create the administrator");
        assertThat(robot.lookup("#read-key").tryQuery())
                .as("no counter before an account exists")
                .isEmpty();
        Path passphrase = directory.resolve("secrets").resolve("store.pass");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passphrase)))
                .isEqualTo("rw-------");
        assertThat(directory.resolve("counterdesk.db")).exists();
    }

    @Test
    void demoModeStartsWithTheSignInShowingTheDemoAccount() throws Exception {
        application = FxToolkit.setupApplication(
                CounterDeskApplication.class, "--demo", "--data-dir=" + directory, "--lang=en");
        awaitNode("#signin-login");
        assertThat(text("#signin-demo-hint")).contains("\"demo\"").contains("demo-1234");
        assertThat(robot.lookup("#read-key").tryQuery()).isEmpty();
    }

    private void awaitNode(String id) throws Exception {
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }
}
