package vn.counterdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.app.session.CounterHost;
import vn.counterdesk.app.task.TaskExecutor;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.testkit.profile.CardProfile;
import vn.counterdesk.testkit.profile.CardProfiles;

/** Opens the real counter window on given services and drives it like a clerk. */
final class CounterFixture {

    /** Who the tests that open the counter without the sign-in screen act as in the audit log. */
    static final AccessContext TEST_CLERK = new AccessContext("test-clerk", "counter service (test)");

    final CounterServices services;
    final TaskExecutor executor = new TaskExecutor(Platform::runLater);
    final java.util.List<java.nio.file.Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    final I18n i18n = new I18n(Locale.ENGLISH);
    private Optional<CounterWindow> window = Optional.empty();
    private Optional<AppShell> shell = Optional.empty();
    private Optional<CounterHost> host = Optional.empty();

    CounterFixture(CounterServices services) {
        this.services = services;
    }

    /** The whole app (sign-in first) on a host; {@link #services} are the demo host's, if any. */
    CounterFixture(CounterHost host, CounterServices services) {
        this.services = services;
        this.host = Optional.of(host);
    }

    /** The counter alone, as {@link #TEST_CLERK}. */
    void show(Stage stage) {
        CounterWindow counter = new CounterWindow(services, executor, i18n, TEST_CLERK, true, opened::add);
        window = Optional.of(counter);
        stage.setScene(counter.scene(1366, 768));
        stage.show();
    }

    /** The app shell (set-up or sign-in, then the counter) with the given idle lock. */
    void showShell(Stage stage, javafx.util.Duration idleLock) {
        AppShell app = new AppShell(host.orElseThrow(), executor, i18n, idleLock, opened::add);
        shell = Optional.of(app);
        stage.setScene(app.scene(1366, 768));
        stage.show();
    }

    /** The counter window opened by {@link #show}. */
    CounterWindow window() {
        return window.orElseThrow();
    }

    AppShell shell() {
        return shell.orElseThrow();
    }

    /** Types clerk id and password on the sign-in screen and presses Enter. */
    static void signIn(FxRobot robot, String login, String password) throws Exception {
        await(
                60,
                () -> present(robot, "#signin-login")
                        && !robot.lookup("#signin-login").query().isDisabled());
        robot.interact(
                () -> robot.lookup("#signin-login").queryAs(TextField.class).setText(login));
        robot.clickOn("#signin-password");
        robot.interact(
                () -> robot.lookup("#signin-password").queryAs(TextField.class).setText(password));
        robot.type(KeyCode.ENTER);
    }

    void close() {
        // Stop the poll on the FX thread before the executor goes, so no tick submits to a closed pool.
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                        window.ifPresent(CounterWindow::stop);
                        shell.ifPresent(AppShell::stop);
                    })
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        executor.close();
        host.ifPresentOrElse(CounterHost::close, services::close);
    }

    /** Chooses a demo card and clicks "Insert card", as a tester would. */
    void insert(FxRobot robot, String cardKey) throws Exception {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<vn.counterdesk.app.demo.DemoCard> choice =
                robot.lookup("#demo-card-choice").queryAs(javafx.scene.control.ComboBox.class);
        vn.counterdesk.app.demo.DemoCard card = vn.counterdesk.app.demo.DemoCard.shipped().stream()
                .filter(c -> c.key().equals(cardKey))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> choice.getSelectionModel().select(card));
        robot.clickOn("#demo-insert");
        await(60, () -> services.demoReader().orElseThrow().current().equals(java.util.Optional.of(card)));
    }

    /** The QR text printed on the 2021 card: ID|old ID|name|birth|sex|residence|issue. */
    static String qrText(String persona) throws Exception {
        CardProfile p = CardProfiles.persona(persona);
        DateTimeFormatter qrDate = DateTimeFormatter.ofPattern("ddMMyyyy");
        return String.join(
                "|",
                p.idNumber(),
                p.oldIdNumber().orElse(""),
                p.fullName(),
                qrDate.format(p.dateOfBirth()),
                p.sex() == CardProfile.Sex.MALE ? "Nam" : "Nữ",
                p.placeOfResidence(),
                qrDate.format(p.dateOfIssue()));
    }

    /** What a keyboard-wedge scanner does: types the text, then sends Enter (its CR suffix). */
    static void scan(FxRobot robot, String text) {
        TextField key = robot.lookup("#read-key").queryAs(TextField.class);
        robot.clickOn(key);
        robot.interact(() -> key.setText(text));
        robot.type(KeyCode.ENTER);
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    static boolean present(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    static void await(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void awaitMessage(FxRobot robot, String id, String fragment) throws Exception {
        try {
            await(60, () -> text(robot, id).contains(fragment));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(text(robot, id)).contains(fragment);
        }
    }
}
