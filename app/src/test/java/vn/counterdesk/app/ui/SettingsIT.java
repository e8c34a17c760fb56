package vn.counterdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.counterdesk.app.ui.CounterFixture.await;
import static vn.counterdesk.app.ui.CounterFixture.awaitMessage;
import static vn.counterdesk.app.ui.CounterFixture.present;
import static vn.counterdesk.app.ui.CounterFixture.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
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
import org.testfx.util.WaitForAsyncUtils;
import vn.counterdesk.app.cli.CliRun;
import vn.counterdesk.app.cli.SellerKey;
import vn.counterdesk.app.config.CounterSettings;
import vn.counterdesk.app.session.ConfiguredHost;
import vn.counterdesk.app.task.TaskExecutor;
import vn.counterdesk.testkit.pki.TestPki;
import vn.counterdesk.testkit.upstream.FaultPlan;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;
import vn.counterdesk.testkit.upstream.UpstreamSimulator;

/**
 * The real app's first start on an empty data directory: the admin account is created, the settings screen comes
 * up (the counter cannot open yet), a wrong tax code is refused naming the field, then a PKCS#12 key and the T-VAN
 * simulator are configured; the counter opens on them, issues a signed invoice that reaches CODED, the settings
 * read back from settings.json, and the CLI reads the same file and database.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsIT {

    private static final String KEY_PASSWORD = "seller-key-pass";

    @TempDir
    static Path directory;

    private static UpstreamSimulator simulator;
    private static ConfiguredHost host;
    private static AppShell shell;
    private static final TaskExecutor executor = new TaskExecutor(Platform::runLater);

    /** The slow part (key generation, database creation) before the window: TestFX gives its start little time. */
    @BeforeAll
    static void prepare() throws Exception {
        simulator = UpstreamSimulator.start(0, TestTaxAuthority.shared(), FaultPlan.none());
        Files.write(
                directory.resolve("tax-authority.der"),
                simulator.taxAuthority().certificate().getEncoded());
        SellerKey.create(directory.resolve("seller.p12"), KEY_PASSWORD);
        host = ConfiguredHost.open(directory, Map.of(), Clock.systemDefaultZone());
    }

    @Start
    void start(Stage stage) {
        shell = new AppShell(host, executor, new I18n(Locale.ENGLISH), Duration.minutes(5), file -> {});
        stage.setScene(shell.scene(1366, 768));
        stage.show();
    }

    @AfterAll
    static void close() throws Exception {
        WaitForAsyncUtils.asyncFx(shell::stop).get(10, TimeUnit.SECONDS);
        executor.close();
        host.close();
        simulator.close();
    }

    @Test
    void firstStartSettingsSavedValidatedAppliedAndReadByTheCli(FxRobot robot) throws Exception {
        await(60, () -> present(robot, "#setup-login"));
        type(robot, "#setup-login", "admin");
        type(robot, "#setup-name", "Nguyễn Quản Trị");
        type(robot, "#setup-password", "admin-password");
        type(robot, "#setup-repeat", "admin-password");
        robot.clickOn("#setup-create");
        await(60, () -> present(robot, "#settings-incomplete"));
        assertThat(text(robot, "#settings-incomplete")).contains(CounterSettings.FILE_NAME);

        String symbol = "C%02dTCD".formatted(LocalDate.now().getYear() % 100);
        type(robot, "#settings-seller-name", "Công ty TNHH Quầy Một");
        type(robot, "#settings-tax-code", "01000001");
        type(robot, "#settings-address", "1 Tràng Tiền, Hà Nội");
        type(robot, "#settings-symbol", symbol);
        type(robot, "#settings-key-file", "seller.p12");
        type(robot, "#settings-key-password", KEY_PASSWORD);
        type(robot, "#settings-endpoint", simulator.endpoint().toString());
        type(robot, "#settings-tax-authority", "tax-authority.der");
        type(robot, "#settings-idle", "7");
        robot.interact(() -> robot.lookup("#settings-language")
                .queryAs(javafx.scene.control.ComboBox.class)
                .setValue("vi"));
        robot.clickOn("#settings-save");
        awaitMessage(robot, "#settings-message", "seller.taxCode");
        assertThat(robot.lookup("#settings-tax-code").query().getStyleClass()).contains("invalid");
        assertThat(directory.resolve(CounterSettings.FILE_NAME)).doesNotExist();

        type(robot, "#settings-tax-code", "0100000001");
        robot.clickOn("#settings-save");
        await(90, () -> present(robot, "#read-key"));
        String written = Files.readString(directory.resolve(CounterSettings.FILE_NAME));
        assertThat(written).contains("\"taxCode\" : \"0100000001\"").doesNotContain(KEY_PASSWORD);
        CounterSettings saved = CounterSettings.load(directory);
        assertThat(saved.counter().idleLockMinutes()).isEqualTo(7);
        assertThat(saved.invoice().symbol()).isEqualTo(symbol);

        // The configured PKCS#12 key signs a real invoice, and the T-VAN simulator codes it.
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        type(robot, "#buyer-name", "Lê Thị Mua");
        type(robot, "#buyer-id", "001190000123");
        type(robot, "#line-item", "Phí dịch vụ");
        robot.interact(() ->
                robot.lookup("#line-quantity").queryAs(TextInputControl.class).setText("1"));
        robot.clickOn("#line-price").write("50000").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        await(60, () -> !text(robot, "#issued-label").isEmpty());
        // Applied without a restart: the counter now speaks the language chosen in the settings.
        assertThat(text(robot, "#issued-label")).contains("số 1");
        awaitMessage(robot, "#issued-status", "ĐÃ CẤP MÃ");

        // Reopened, the settings screen shows what was saved (secrets stay hidden).
        robot.clickOn("#tab-settings");
        await(
                30,
                () -> "0100000001"
                        .equals(robot.lookup("#settings-tax-code")
                                .queryAs(TextInputControl.class)
                                .getText()));
        assertThat(robot.lookup("#settings-idle")
                        .queryAs(TextInputControl.class)
                        .getText())
                .isEqualTo("7");
        assertThat(robot.lookup("#settings-key-password")
                        .queryAs(TextInputControl.class)
                        .getText())
                .isEmpty();

        // Trust store import: a CSCA certificate file joins the list the screen shows.
        javafx.scene.control.ListView<?> anchors =
                robot.lookup("#settings-trust-list").queryAs(javafx.scene.control.ListView.class);
        int before = anchors.getItems().size();
        Files.write(directory.resolve("csca.der"), TestPki.standard().csca().getEncoded());
        type(robot, "#settings-trust-file", directory.resolve("csca.der").toString());
        robot.clickOn("#settings-trust-import");
        awaitMessage(robot, "#settings-message", "Đã nhập: 1 mới");
        assertThat(anchors.getItems()).hasSize(before + 1);

        // The CLI opens the same settings.json and database (passphrase from the secrets file the app made).
        CliRun list = CliRun.of("--data-dir", directory.toString(), "invoice", "list", "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        var listed = list.json().get("invoices");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(listed.get(0).get("symbol").asText()).isEqualTo(symbol);
    }

    private static void type(FxRobot robot, String id, String value) {
        robot.interact(() -> {
            TextInputControl field = robot.lookup(id).queryAs(TextInputControl.class);
            field.requestFocus();
            field.setText(value);
        });
    }
}
