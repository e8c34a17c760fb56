package vn.counterdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.counterdesk.app.ui.CounterFixture.await;
import static vn.counterdesk.app.ui.CounterFixture.awaitMessage;
import static vn.counterdesk.app.ui.CounterFixture.present;
import static vn.counterdesk.app.ui.CounterFixture.scan;
import static vn.counterdesk.app.ui.CounterFixture.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.counterdesk.app.demo.DemoEnvironment;
import vn.counterdesk.card.verify.CheckStatus;
import vn.counterdesk.card.verify.Verdict;
import vn.counterdesk.pcsc.PcscReaders;

/**
 * The counter in demo mode, in a real window under Xvfb: no pcscd involved (the in-process reader),
 * the embedded upstream simulator on loopback. Happy path from the QR scan to CODED, then the
 * failure paths a clerk meets.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoCounterFlowIT {

    @TempDir
    static Path demoDirectory;

    private static CounterFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        if (fixture == null) {
            fixture = new CounterFixture(DemoEnvironment.start(demoDirectory, Clock.systemDefaultZone()));
        }
        fixture.show(stage);
    }

    @AfterAll
    static void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    @Order(1)
    void readsAPersonaByQrIssuesAnInvoiceAndSeesItCoded(FxRobot robot) throws Exception {
        assertThat(text(robot, "#demo-banner")).contains("DEMO MODE");
        fixture.insert(robot, "demo.card.good");
        assertThat(text(robot, "#demo-slot")).contains("Nguyễn Văn An");

        scan(robot, "]Q1" + CounterFixture.qrText("nguyen-van-an"));
        await(60, () -> present(robot, "#verdict"));

        assertThat(text(robot, "#read-message")).isEqualTo("Card read.");
        assertThat(text(robot, "#identity-name")).isEqualTo("Nguyễn Văn An");
        assertThat(text(robot, "#identity-id")).isEqualTo("001090012345");
        assertThat(robot.lookup("#identity-photo").tryQuery())
                .as("photo from DG2")
                .isPresent();
        Verdict verdict = (Verdict) robot.lookup("#verdict").query().getUserData();
        assertThat(verdict).isIn(Verdict.GENUINE, Verdict.CHAIN_UNVERIFIED);
        assertThat(text(robot, "#verdict")).startsWith("Genuine card");
        assertThat(robot.lookup("#check-sod-signature").query().getUserData()).isEqualTo(CheckStatus.PASS);
        assertThat(robot.lookup("#check-dg-hashes").query().getUserData()).isEqualTo(CheckStatus.PASS);
        assertThat(text(robot, "#check-dg-hashes")).startsWith("PASS — ");

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#buyer-name").queryAs(TextField.class).getText())
                .isEqualTo("Nguyễn Văn An");
        assertThat(robot.lookup("#buyer-id").queryAs(TextField.class).getText()).isEqualTo("001090012345");
        assertThat(robot.lookup("#buyer-address").queryAs(TextField.class).isDisabled())
                .as("address only with consent")
                .isTrue();

        // Keyboard only: the item field has the focus after Ctrl+N; Tab between fields, Enter adds the line.
        robot.write("Dịch vụ công chứng");
        robot.type(KeyCode.TAB).write("lần").type(KeyCode.TAB);
        robot.interact(
                () -> robot.lookup("#line-quantity").queryAs(TextField.class).selectAll());
        robot.write("2").type(KeyCode.TAB).write("120.000").type(KeyCode.ENTER);
        assertThat(robot.lookup("#lines").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(text(robot, "#total-before")).isEqualTo("240.000");
        assertThat(text(robot, "#total-tax")).isEqualTo("24.000");
        assertThat(text(robot, "#total-payable")).isEqualTo("264.000 VND");
        assertThat(text(robot, "#total-words").toLowerCase()).contains("hai trăm sáu mươi bốn nghìn");
        assertThat(text(robot, "#per-rate")).contains("10%");

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        await(60, () -> !text(robot, "#issued-label").isEmpty());
        assertThat(text(robot, "#issued-label")).contains("no. 1 issued");
        Path pdf;
        try (var files = Files.list(demoDirectory.resolve("invoices"))) {
            pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        robot.clickOn("#open-pdf");
        assertThat(fixture.opened).containsExactly(pdf);

        ListView<?> history = robot.lookup("#history").queryAs(ListView.class);
        await(60, () -> history.getItems().size() == 1);

        awaitMessage(robot, "#issued-status", "CODED");

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("nguyen van an");
        TableView<?> table = robot.lookup("#invoice-table").queryAs(TableView.class);
        await(60, () -> table.getItems().size() == 1);
        InvoiceListViewModel.Row row =
                (InvoiceListViewModel.Row) table.getItems().getFirst();
        assertThat(row.invoice().buyer().name()).contains("Nguyễn Văn An");
        await(
                30,
                () -> ((InvoiceListViewModel.Row) table.getItems().getFirst())
                        .syncStatus()
                        .map(s -> s.name().equals("CODED"))
                        .orElse(false));
        assertThat(((InvoiceListViewModel.Row) table.getItems().getFirst()).authorityCode())
                .isPresent();
        assertThat(text(robot, "#sync-counts")).contains("coded 1");
        robot.clickOn("#tab-counter .tab-label");
    }

    @Test
    @Order(2)
    void wrongKeyIsAClearMessageAndShowsNothing(FxRobot robot) throws Exception {
        fixture.insert(robot, "demo.card.good");
        scan(robot, "001090999999");
        awaitMessage(robot, "#read-message", "wrong key");
        assertThat(present(robot, "#verdict")).isFalse();
        assertThat(present(robot, "#identity-name")).isFalse();
    }

    @Test
    @Order(3)
    void cardPulledMidReadIsAClearMessageAndNothingPartialIsShown(FxRobot robot) throws Exception {
        fixture.insert(robot, "demo.card.removed");
        scan(robot, "031300004567");
        awaitMessage(robot, "#read-message", "removed during the read");
        assertThat(present(robot, "#verdict")).isFalse();
        assertThat(present(robot, "#identity-name")).isFalse();
    }

    @Test
    @Order(4)
    void tamperedCardShowsTampered(FxRobot robot) throws Exception {
        fixture.insert(robot, "demo.card.tampered");
        scan(robot, "001215000123");
        await(60, () -> present(robot, "#verdict"));
        assertThat(robot.lookup("#verdict").query().getUserData()).isEqualTo(Verdict.TAMPERED);
        assertThat(text(robot, "#verdict")).startsWith("TAMPERED");
        assertThat(robot.lookup("#check-dg-hashes").query().getUserData()).isEqualTo(CheckStatus.FAIL);
        assertThat(robot.lookup("#new-invoice").query().isDisabled())
                .as("no invoice for a tampered card")
                .isTrue();
        assertThat(robot.lookup("#buyer-name").queryAs(TextField.class).getText())
                .as("the previous person's name is gone from the form")
                .isEmpty();
    }

    @Test
    @Order(5)
    void noCardAndLanguageToggleRelabelTheOpenScreen(FxRobot robot) throws Exception {
        robot.clickOn("#demo-remove");
        scan(robot, "001090012345");
        awaitMessage(robot, "#read-message", "No card on the reader");
        robot.clickOn("#language-toggle");
        assertThat(text(robot, "#read-message")).startsWith("Chưa có thẻ trên đầu đọc");
        assertThat(robot.lookup("#read-button").queryButton().getText()).isEqualTo("Đọc thẻ (F2)");
        assertThat(text(robot, "#demo-banner")).startsWith("CHẾ ĐỘ DÙNG THỬ");
        robot.clickOn("#language-toggle");
        assertThat(robot.lookup("#read-button").queryButton().getText()).isEqualTo("Read card (F2)");
        assertThat(PcscReaders.class).isNotNull();
    }
}
