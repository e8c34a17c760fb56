package vn.counterdesk.app.ui;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.counterdesk.app.service.SyncEntry;
import vn.counterdesk.sync.engine.SyncStatusReport;

/** The sync tab: queue counts, the alarm, failing and rejected invoices with reasons, Retry, Sync now. */
final class SyncPanelView {

    private final VBox root = new VBox(8);

    SyncPanelView(SyncPanelViewModel model, I18n i18n) {
        root.getStyleClass().add("card");
        Label title = Controls.label(i18n, "syncpanel-title", "syncpanel.heading");
        title.getStyleClass().add("card-title");
        HBox counts = new HBox(
                16,
                count(model, i18n, "syncpanel-queued", "syncpanel.queued", SyncStatusReport::queued),
                count(model, i18n, "syncpanel-sent", "syncpanel.sent", SyncStatusReport::sent),
                count(model, i18n, "syncpanel-coded", "syncpanel.coded", SyncStatusReport::coded),
                count(model, i18n, "syncpanel-rejected", "syncpanel.rejected", SyncStatusReport::rejected),
                count(model, i18n, "syncpanel-failing", "syncpanel.failing", SyncStatusReport::failing));
        Label alarm = new Label();
        alarm.setId("syncpanel-alarm");
        alarm.setWrapText(true);
        alarm.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.reportProperty()
                                .get()
                                .map(r -> alarmText(i18n, r))
                                .orElse(""),
                        model.reportProperty(),
                        i18n.localeProperty()));
        model.reportProperty().addListener((obs, old, now) -> {
            boolean raised = now.map(SyncStatusReport::alarm).orElse(false);
            alarm.getStyleClass().removeAll("message-error", "muted");
            alarm.getStyleClass().add(raised ? "message-error" : "muted");
        });

        TableView<SyncEntry> table = new TableView<>(model.problems());
        table.setId("syncpanel-problems");
        table.accessibleTextProperty().bind(i18n.text("syncpanel.problems"));
        table.setPlaceholder(Controls.label(i18n, "syncpanel-none", "syncpanel.none"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .setAll(
                        LineEntry.column(i18n, "list.symbol", SyncEntry::symbol, 80),
                        LineEntry.column(i18n, "list.number", e -> String.valueOf(e.number()), 60),
                        LineEntry.column(
                                i18n,
                                "list.status",
                                e -> i18n.get("status." + e.status().name()),
                                110),
                        LineEntry.column(i18n, "syncpanel.attempts", e -> String.valueOf(e.attempts()), 70),
                        LineEntry.column(i18n, "syncpanel.reason", SyncEntry::reason, 500));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button retry = Controls.button(
                i18n,
                "syncpanel-retry",
                "syncpanel.retry",
                () -> Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                        .ifPresent(model::retry));
        retry.disableProperty()
                .bind(table.getSelectionModel()
                        .selectedItemProperty()
                        .isNull()
                        .or(model.retryAllowedProperty().not()));
        Button retryAll = Controls.button(i18n, "syncpanel-retry-all", "syncpanel.retryAll", model::retryAllFailing);
        retryAll.disableProperty().bind(model.retryAllowedProperty().not());
        Button syncNow = Controls.button(i18n, "syncpanel-sync-now", "syncpanel.syncNow", model::syncNow);
        Label message = new Label();
        message.setId("syncpanel-message");
        message.textProperty().bind(i18n.text(model.messageKeyProperty()));
        root.getChildren().addAll(title, counts, alarm, table, new HBox(8, retry, retryAll, syncNow), message);
    }

    Node root() {
        return root;
    }

    private static String alarmText(I18n i18n, SyncStatusReport report) {
        long hours = report.oldestUnsyncedAge().map(Duration::toHours).orElse(0L);
        if (report.alarm()) {
            return i18n.format("syncpanel.alarm", hours);
        }
        return report.oldestUnsyncedAge().isPresent()
                ? i18n.format(
                        "syncpanel.oldest", report.oldestUnsyncedAge().get().toMinutes())
                : i18n.get("syncpanel.allSynced");
    }

    private static Label count(
            SyncPanelViewModel model,
            I18n i18n,
            String id,
            String key,
            java.util.function.ToLongFunction<SyncStatusReport> value) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-value");
        label.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> i18n.format(
                                key,
                                model.reportProperty()
                                        .get()
                                        .map(value::applyAsLong)
                                        .orElse(0L)),
                        model.reportProperty(),
                        i18n.localeProperty()));
        return label;
    }
}
