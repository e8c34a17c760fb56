package vn.counterdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.counterdesk.app.ui.CounterFixture.await;
import static vn.counterdesk.app.ui.CounterFixture.awaitMessage;
import static vn.counterdesk.app.ui.CounterFixture.present;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextInputControl;
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
import vn.counterdesk.store.audit.AuditEntry;
import vn.counterdesk.store.clerk.Role;

/**
 * The admin's Clerks tab on the demo environment's real store: a form error names the field, the admin adds "lan"
 * as a clerk, "lan" signs in and sees neither Settings nor Clerks, the admin cannot disable their own account but
 * disables "lan", and "lan" is then refused with a message saying the account is disabled.
 */
@ExtendWith(ApplicationExtension.class)
class ClerksIT {

    private static final AccessContext TEST_SETUP = new AccessContext("test-setup", "accounts for the clerks test");

    @TempDir
    static Path directory;

    private static CounterFixture fixture;

    /** The admin is hashed with Argon2id before the window: TestFX gives its start little time. */
    @BeforeAll
    static void prepare() throws Exception {
        CounterServices services = DemoEnvironment.start(directory, Clock.systemDefaultZone());
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
    void adminAddsAClerkWhoSignsInWithoutAdminTabsThenIsDisabled(FxRobot robot) throws Exception {
        signInAndOpenClerks(robot);

        fillAddForm(robot, "lan", "Phạm Thị Lan", "short", "short");
        robot.clickOn("#clerks-add");
        awaitMessage(robot, "#clerks-message", "Password: at least 8 characters");
        assertThat(robot.lookup("#clerks-password").query().getStyleClass()).contains("invalid");

        fillAddForm(robot, "lan", "Phạm Thị Lan", "lan-password", "lan-password");
        robot.clickOn("#clerks-add");
        awaitMessage(robot, "#clerks-message", "Clerk \"lan\" added");
        await(30, () -> cellPresent(robot, "lan"));
        assertThat(fixture.services.store().audit().latest(5))
                .as("the audit log names the admin who added the clerk")
                .anySatisfy(entry -> assertThat(entry)
                        .extracting(AuditEntry::actor, AuditEntry::action)
                        .containsExactly("boss", "CLERK_CREATE"));

        signOut(robot);
        CounterFixture.signIn(robot, "lan", "lan-password");
        await(60, () -> present(robot, "#read-key"));
        assertThat(robot.lookup("#clerk-name").queryLabeled().getText()).contains("lan");
        assertThat(robot.lookup("#tab-settings").tryQuery())
                .as("a clerk has no settings")
                .isEmpty();
        assertThat(robot.lookup("#tab-clerks").tryQuery())
                .as("a clerk cannot manage accounts")
                .isEmpty();
        robot.clickOn("#tab-sync .tab-label");
        await(10, () -> present(robot, "#syncpanel-retry-all"));
        assertThat(robot.lookup("#syncpanel-retry-all").query().isDisabled())
                .as("retrying sync is a manager's action")
                .isTrue();
        robot.clickOn("#tab-counter .tab-label");

        signOut(robot);
        signInAndOpenClerks(robot);
        await(30, () -> cellPresent(robot, "boss"));
        robot.clickOn(cell(robot, "boss"));
        await(10, () -> !robot.lookup("#clerks-toggle-active").query().isDisabled());
        robot.clickOn("#clerks-toggle-active");
        awaitMessage(robot, "#clerks-message", "cannot disable or demote your own account");

        robot.clickOn(cell(robot, "lan"));
        await(
                10,
                () -> robot.lookup("#clerks-selected").queryLabeled().getText().contains("lan"));
        robot.clickOn("#clerks-toggle-active");
        awaitMessage(robot, "#clerks-message", "Account \"lan\" disabled");
        await(30, () -> cellPresent(robot, "Disabled"));

        signOut(robot);
        CounterFixture.signIn(robot, "lan", "lan-password");
        awaitMessage(robot, "#signin-message", "This account is disabled");
        assertThat(robot.lookup("#read-key").tryQuery())
                .as("a disabled clerk does not reach the counter")
                .isEmpty();
    }

    private static void signInAndOpenClerks(FxRobot robot) throws Exception {
        CounterFixture.signIn(robot, "boss", "boss-password");
        await(60, () -> present(robot, "#tab-clerks"));
        robot.clickOn("#tab-clerks .tab-label");
        await(10, () -> present(robot, "#clerks-add"));
    }

    private static void signOut(FxRobot robot) throws Exception {
        robot.clickOn("#sign-out");
        await(10, () -> present(robot, "#signin-login"));
    }

    private static void fillAddForm(FxRobot robot, String login, String name, String password, String repeat) {
        robot.interact(() -> {
            robot.lookup("#clerks-login").queryAs(TextInputControl.class).setText(login);
            robot.lookup("#clerks-name").queryAs(TextInputControl.class).setText(name);
            @SuppressWarnings("unchecked")
            ComboBox<Role> role = robot.lookup("#clerks-role").queryAs(ComboBox.class);
            role.setValue(Role.CLERK);
            robot.lookup("#clerks-password").queryAs(TextInputControl.class).setText(password);
            robot.lookup("#clerks-repeat").queryAs(TextInputControl.class).setText(repeat);
        });
    }

    private static boolean cellPresent(FxRobot robot, String text) {
        return robot.lookup("#clerks-table")
                .lookup((TableCell<?, ?> c) -> text.equals(c.getText()))
                .tryQuery()
                .isPresent();
    }

    private static TableCell<?, ?> cell(FxRobot robot, String text) {
        return robot.lookup("#clerks-table")
                .lookup((TableCell<?, ?> c) -> text.equals(c.getText()))
                .query();
    }
}
