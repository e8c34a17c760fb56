package vn.counterdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.counterdesk.app.ui.CounterFixture.await;
import static vn.counterdesk.app.ui.CounterFixture.awaitMessage;
import static vn.counterdesk.app.ui.CounterFixture.present;
import static vn.counterdesk.app.ui.CounterFixture.scan;
import static vn.counterdesk.app.ui.CounterFixture.text;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.counterdesk.app.demo.DemoEnvironment;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.app.session.DemoHost;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.clerk.Role;
import vn.counterdesk.testkit.profile.CardProfile;
import vn.counterdesk.testkit.profile.CardProfiles;

/**
 * Sign-in, lock and roles on the demo environment's real store: a wrong password is refused with a clear message,
 * the counter locks by itself when idle and then shows nothing of the person just read, only the same clerk's
 * password unlocks, Ctrl+L locks at once, and only an admin gets the settings.
 */
@ExtendWith(ApplicationExtension.class)
class SignInLockIT {

    private static final String PERSONA = "tran-thi-ngoc-anh";
    private static final AccessContext TEST_SETUP = new AccessContext("test-setup", "accounts for the sign-in test");

    @TempDir
    static Path directory;

    private static CounterFixture fixture;

    /** Accounts are hashed with Argon2id: made before the window, since TestFX gives its start little time. */
    @BeforeAll
    static void prepare() throws Exception {
        CounterServices services = DemoEnvironment.start(directory, Clock.systemDefaultZone());
        services.store().clerks().create(TEST_SETUP, "lan", "Phạm Thị Lan", Role.CLERK, "lan-password".toCharArray());
        services.store().clerks().create(TEST_SETUP, "boss", "Admin Boss", Role.ADMIN, "boss-password".toCharArray());
        fixture = new CounterFixture(DemoHost.on(services), services);
    }

    @Start
    void start(Stage stage) {
        fixture.showShell(stage, Duration.minutes(5));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void wrongPasswordIdleLockHidesThePersonAndOnlyTheSameClerkUnlocks(FxRobot robot) throws Exception {
        try (FxWatchdog watchdog = new FxWatchdog()) {
            CounterFixture.signIn(robot, DemoHost.DEMO_LOGIN, "not-the-password");
            awaitMessage(robot, "#signin-message", "Wrong clerk ID or password");
            assertThat(robot.lookup("#read-key").tryQuery())
                    .as("no counter before sign-in")
                    .isEmpty();

            CounterFixture.signIn(robot, DemoHost.DEMO_LOGIN, DemoHost.DEMO_PASSWORD);
            await(60, () -> present(robot, "#read-key"));
            assertThat(watchdog.slowWorkOnFxThread())
                    .as("password hashing never runs on the FX thread")
                    .isEmpty();
        }
        assertThat(robot.lookup("#tab-settings").tryQuery())
                .as("a clerk cannot open the settings")
                .isEmpty();
        robot.clickOn("#tab-sync .tab-label");
        await(10, () -> present(robot, "#syncpanel-retry-all"));
        assertThat(robot.lookup("#syncpanel-retry-all").query().isDisabled())
                .as("the demo account is a manager, who may retry sync (ClerksIT: a clerk may not)")
                .isFalse();
        robot.clickOn("#tab-counter .tab-label");
        fixture.insert(robot, "demo.card.good2");
        scan(robot, CounterFixture.qrText(PERSONA));
        await(90, () -> present(robot, "#verdict"));
        CardProfile person = CardProfiles.persona(PERSONA);
        assertThat(text(robot, "#identity-name")).isEqualTo(person.fullName());
        assertThat(fixture.services.store().audit().latest(20))
                .as("the audit log names the signed-in clerk")
                .anyMatch(entry -> entry.actor().equals(DemoHost.DEMO_LOGIN));

        // A short idle time, as an admin could configure it: no key, no mouse → locked.
        robot.interact(() -> fixture.shell().idleLock(Duration.seconds(1)));
        await(20, () -> present(robot, "#lock-screen"));
        List<String> onScreen = sceneText(robot);
        assertThat(String.join("\n", onScreen))
                .as("the lock screen shows nothing of the person just read")
                .doesNotContain(person.fullName())
                .doesNotContain(person.idNumber())
                .doesNotContain(person.placeOfResidence())
                .contains("Counter locked");
        assertThat(robot.lookup("#identity-name").tryQuery()).isEmpty();
        assertThat(robot.lookup("#identity-photo").tryQuery()).isEmpty();

        robot.interact(() -> fixture.shell().idleLock(Duration.minutes(5)));
        unlockWith(robot, "lan-password");
        awaitMessage(robot, "#lock-message", "Wrong clerk ID or password");
        assertThat(present(robot, "#lock-screen"))
                .as("another clerk's password does not unlock")
                .isTrue();
        unlockWith(robot, DemoHost.DEMO_PASSWORD);
        await(30, () -> present(robot, "#identity-name"));
        assertThat(text(robot, "#identity-name")).isEqualTo(person.fullName());

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        await(10, () -> present(robot, "#lock-screen"));
        robot.clickOn("#lock-signout");
        await(10, () -> present(robot, "#signin-login"));

        CounterFixture.signIn(robot, "boss", "boss-password");
        await(60, () -> present(robot, "#read-key"));
        assertThat(robot.lookup("#tab-settings").tryQuery())
                .as("an admin has the settings")
                .isPresent();
        assertThat(robot.lookup("#identity-name").tryQuery())
                .as("the next clerk does not inherit the last person")
                .isEmpty();
    }

    private static void unlockWith(FxRobot robot, String password) throws Exception {
        await(30, () -> !robot.lookup("#lock-unlock").query().isDisabled());
        robot.clickOn("#lock-password");
        robot.interact(() ->
                robot.lookup("#lock-password").queryAs(TextInputControl.class).setText(password));
        robot.type(KeyCode.ENTER);
    }

    /** Every text the scene graph holds right now (labels, buttons, fields, text nodes). */
    private static List<String> sceneText(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> collect(
                robot.listTargetWindows().stream()
                        .filter(w -> w.getScene() != null && w.isShowing())
                        .findFirst()
                        .orElseThrow()
                        .getScene()
                        .getRoot(),
                texts));
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        switch (node) {
            case Labeled labeled -> texts.add(labeled.getText());
            case TextInputControl input -> texts.add(input.getText());
            case Text text -> texts.add(text.getText());
            default -> {}
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
