package vn.counterdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.counterdesk.app.ui.CounterFixture.await;
import static vn.counterdesk.app.ui.CounterFixture.awaitMessage;
import static vn.counterdesk.app.ui.CounterFixture.present;
import static vn.counterdesk.app.ui.CounterFixture.scan;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.counterdesk.app.demo.DemoEnvironment;

/**
 * Screenshots of the main screens at 1366×768 in demo mode, written to {@code target/screenshots}; with
 * {@code -Dcounterdesk.screenshots=docs/images} (relative to the repository root) they go there for the README.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsIT {

    @TempDir
    static Path directory;

    private static CounterFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new CounterFixture(DemoEnvironment.start(directory, Clock.systemDefaultZone()));
        fixture.show(stage);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void mainScreens(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("counterdesk.screenshots", "target/screenshots"));
        if (!out.isAbsolute() && System.getProperty("counterdesk.screenshots") != null) {
            out = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."))
                    .resolve(out);
        }
        Files.createDirectories(out);

        fixture.insert(robot, "demo.card.good2");
        scan(robot, CounterFixture.qrText("tran-thi-ngoc-anh"));
        await(60, () -> present(robot, "#verdict"));
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        addLine(robot, "Công chứng hợp đồng", "2", "120.000");
        addLine(robot, "Sao y bản chính", "5", "5.000");
        save(robot, out.resolve("screen-counter.png"));

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        await(60, () -> !CounterFixture.text(robot, "#issued-label").isEmpty());
        awaitMessage(robot, "#issued-status", "CODED");
        save(robot, out.resolve("screen-issued.png"));

        fixture.insert(robot, "demo.card.tampered");
        scan(robot, "001215000123");
        await(60, () -> present(robot, "#verdict"));
        save(robot, out.resolve("screen-tampered.png"));

        robot.clickOn("#tab-invoices .tab-label");
        TableView<?> table = robot.lookup("#invoice-table").queryAs(TableView.class);
        await(60, () -> !table.getItems().isEmpty());
        await(
                20,
                () -> ((InvoiceListViewModel.Row) table.getItems().getFirst())
                        .syncStatus()
                        .map(s -> s.name().equals("CODED"))
                        .orElse(false));
        save(robot, out.resolve("screen-invoices.png"));

        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        await(
                60,
                () -> robot.lookup("#detail-preview")
                                .queryAs(javafx.scene.image.ImageView.class)
                                .getImage()
                        != null);
        await(20, () -> !CounterFixture.text(robot, "#detail-mccqt").isEmpty());
        save(robot, out.resolve("screen-invoice-detail.png"));

        robot.clickOn("#tab-sync .tab-label");
        await(20, () -> CounterFixture.text(robot, "#syncpanel-coded").endsWith("1"));
        save(robot, out.resolve("screen-sync.png"));

        robot.clickOn("#language-toggle");
        robot.clickOn("#tab-counter .tab-label");
        save(robot, out.resolve("screen-counter-vi.png"));
        robot.clickOn("#language-toggle");

        assertThat(out.resolve("screen-counter.png")).exists();

        // The sign-in screen of the same demo counter, and the admin's settings screen.
        AppShell shell = new AppShell(
                vn.counterdesk.app.session.DemoHost.on(fixture.services),
                fixture.executor,
                fixture.i18n,
                javafx.util.Duration.minutes(5),
                file -> {});
        robot.interact(() -> stage.setScene(shell.scene(1366, 768)));
        await(60, () -> present(robot, "#signin-login"));
        robot.interact(
                () -> robot.lookup("#signin-login").queryAs(TextField.class).setText("demo"));
        save(robot, out.resolve("screen-signin.png"));

        SettingsViewModel settings = new SettingsViewModel(directory, fixture.executor);
        robot.interact(() -> {
            settings.load();
            javafx.scene.Scene scene =
                    new javafx.scene.Scene(new SettingsView(settings, fixture.i18n, saved -> {}).root(), 1366, 768);
            scene.getStylesheets()
                    .add(CounterWindow.class
                            .getResource(CounterWindow.STYLESHEET)
                            .toExternalForm());
            stage.setScene(scene);
        });
        await(60, () -> !settings.busy.get() && !settings.trustAnchors.isEmpty());
        robot.interact(() -> {
            settings.sellerName.set(DemoEnvironment.SELLER.name());
            settings.taxCode.set(DemoEnvironment.SELLER.taxCode());
            settings.address.set(DemoEnvironment.SELLER.address());
            settings.symbol.set("C26TCD");
            settings.keyFile.set("demo-seller.p12");
            settings.endpoint.set("https://tvan.example.vn/api");
            settings.taxAuthorityFile.set("tax-authority.pem");
        });
        save(robot, out.resolve("screen-settings.png"));
        robot.interact(shell::stop);
    }

    private static void addLine(FxRobot robot, String item, String quantity, String price) {
        robot.interact(() -> {
            robot.lookup("#line-item").queryAs(TextField.class).setText(item);
            robot.lookup("#line-quantity").queryAs(TextField.class).setText(quantity);
            robot.lookup("#line-price").queryAs(TextField.class).setText(price);
        });
        robot.clickOn("#add-line");
    }

    private void save(FxRobot robot, Path file) throws Exception {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(stage.getScene().snapshot(null)));
        WritableImage image = shot.get();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", file.toFile());
    }
}
