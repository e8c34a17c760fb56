package vn.counterdesk.app.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.counterdesk.app.service.CounterServices;
import vn.counterdesk.app.service.Diagnosis;
import vn.counterdesk.app.task.BackgroundTask;
import vn.counterdesk.app.task.TaskExecutor;

/** Reader, data directory, upstream and queue at a glance; export as a log without personal data. */
final class DiagnosisView {

    private final VBox root = new VBox(8);
    private final ObjectProperty<Optional<Diagnosis>> diagnosis = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty exported = new SimpleStringProperty("");
    private final CounterServices services;
    private final TaskExecutor executor;

    DiagnosisView(CounterServices services, TaskExecutor executor, I18n i18n) {
        this.services = services;
        this.executor = executor;
        root.getStyleClass().add("card");
        Label report = new Label();
        report.setId("diagnosis-report");
        report.setStyle("-fx-font-family: monospace;");
        report.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> diagnosis.get().map(Diagnosis::asText).orElse(""), diagnosis));
        Button refresh = Controls.button(i18n, "diagnosis-refresh", "diagnosis.refresh", this::refresh);
        Button export = Controls.button(i18n, "diagnosis-export", "diagnosis.export", this::export);
        Label exportedTo = new Label();
        exportedTo.setId("diagnosis-exported");
        exportedTo
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> exported.get().isEmpty() ? "" : i18n.format("diag.exported", exported.get()),
                        exported,
                        i18n.localeProperty()));
        Label title = Controls.label(i18n, "diagnosis-title", "diagnosis.heading");
        title.getStyleClass().add("card-title");
        root.getChildren().addAll(title, new HBox(8, refresh, export), report, exportedTo);
    }

    Node root() {
        return root;
    }

    void refresh() {
        executor.execute(BackgroundTask.of(p -> services.diagnose()).onSuccess(d -> diagnosis.set(Optional.of(d))));
    }

    private void export() {
        executor.execute(BackgroundTask.of(p -> services.exportDiagnosis(services.diagnose()))
                .onSuccess(file -> exported.set(file.toString())));
    }
}
