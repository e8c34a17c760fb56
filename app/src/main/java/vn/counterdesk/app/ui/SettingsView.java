package vn.counterdesk.app.ui;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.counterdesk.app.config.CounterSettings;

/**
 * The admin's settings screen: seller, invoice form and symbol, signing key, T-VAN, reader, language and lock,
 * retention, and the CSCA trust store. A refused save names the field and puts the cursor in it.
 */
final class SettingsView {

    private final ScrollPane root;
    private final Map<String, Control> byField = new HashMap<>();
    private final I18n i18n;

    SettingsView(SettingsViewModel model, I18n i18n, Consumer<CounterSettings> saved) {
        this.i18n = i18n;
        GridPane seller = grid();
        row(seller, 0, "settings.seller.name", text("settings-seller-name", model.sellerName, "seller.name"));
        row(seller, 1, "settings.seller.taxCode", text("settings-tax-code", model.taxCode, "seller.taxCode"));
        row(seller, 2, "settings.seller.address", text("settings-address", model.address, "seller.address"));
        row(seller, 3, "settings.seller.phone", text("settings-phone", model.phone, "seller.phone"));
        row(seller, 4, "settings.seller.email", text("settings-email", model.email, "seller.email"));
        row(seller, 5, "settings.invoice.form", text("settings-form", model.form, "invoice.form"));
        row(seller, 6, "settings.invoice.symbol", text("settings-symbol", model.symbol, "invoice.symbol"));

        GridPane key = grid();
        ComboBox<String> keyType =
                new ComboBox<>(FXCollections.observableArrayList(SettingsViewModel.PKCS12, SettingsViewModel.PKCS11));
        keyType.setId("settings-key-type");
        keyType.valueProperty().bindBidirectional(model.keyType);
        keyType.accessibleTextProperty().bind(i18n.text("settings.key.type"));
        row(key, 0, "settings.key.type", keyType);
        TextField keyFile = text("settings-key-file", model.keyFile, "signing.file");
        row(key, 1, "settings.key.file", new HBox(6, keyFile, browse("settings-key-browse", model.keyFile)));
        HBox.setHgrow(keyFile, Priority.ALWAYS);
        row(key, 2, "settings.key.password", secret("settings-key-password", model.keyPassword, "signing.password"));
        row(key, 3, "settings.token.library", text("settings-token-library", model.tokenLibrary, "signing.library"));
        row(key, 4, "settings.token.slot", text("settings-token-slot", model.tokenSlot, "signing.slot"));
        row(key, 5, "settings.token.pin", secret("settings-token-pin", model.tokenPin, "signing.pin"));

        GridPane upstream = grid();
        row(upstream, 0, "settings.upstream.endpoint", text("settings-endpoint", model.endpoint, "upstream.endpoint"));
        row(
                upstream,
                1,
                "settings.upstream.taxAuthority",
                text("settings-tax-authority", model.taxAuthorityFile, "upstream.taxAuthorityCertificates"));
        row(
                upstream,
                2,
                "settings.upstream.token",
                secret("settings-upstream-token", model.upstreamToken, "upstream.token"));

        GridPane counter = grid();
        ComboBox<String> reader = new ComboBox<>(model.readers);
        reader.setId("settings-reader");
        reader.setEditable(true);
        reader.valueProperty().bindBidirectional(model.reader);
        reader.accessibleTextProperty().bind(i18n.text("settings.reader"));
        byField.put("counter.reader", reader);
        row(counter, 0, "settings.reader", reader);
        ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList("vi", "en"));
        language.setId("settings-language");
        language.valueProperty().bindBidirectional(model.language);
        language.accessibleTextProperty().bind(i18n.text("settings.language"));
        byField.put("counter.language", language);
        row(counter, 1, "settings.language", language);
        row(counter, 2, "settings.idleMinutes", text("settings-idle", model.idleMinutes, "counter.idleLockMinutes"));
        row(
                counter,
                3,
                "settings.cardReadDays",
                text("settings-card-days", model.cardReadDays, "retention.cardReadDays"));
        CheckBox photos = new CheckBox();
        photos.setId("settings-photos");
        Controls.bind(i18n, photos, "settings.storePhotos");
        photos.selectedProperty().bindBidirectional(model.storePhotos);
        counter.add(photos, 1, 4);

        TextField trustFile = text("settings-trust-file", model.trustImportFile, "trust");
        Button importTrust =
                Controls.button(i18n, "settings-trust-import", "settings.trust.import", model::importTrust);
        HBox.setHgrow(trustFile, Priority.ALWAYS);
        ListView<String> anchors = new ListView<>(model.trustAnchors);
        anchors.setId("settings-trust-list");
        anchors.setPrefHeight(110);
        anchors.accessibleTextProperty().bind(i18n.text("settings.trust"));

        Button save = Controls.button(i18n, "settings-save", "settings.save", () -> model.save(saved));
        save.getStyleClass().add("primary");
        save.disableProperty().bind(model.busy);
        Label message = SessionForms.message(i18n, "settings-message", model.message);
        message.getStyleClass().remove("message-error");

        model.invalidField.addListener((obs, old, now) -> {
            byField.values().forEach(control -> control.getStyleClass().remove("invalid"));
            Control control = byField.get(now);
            if (control != null) {
                control.getStyleClass().add("invalid");
                control.requestFocus();
            }
        });

        // Two columns and the save button in view: the whole form fits a 1366 x 768 counter screen.
        HBox trustRow = new HBox(6, trustFile, browse("settings-trust-browse", model.trustImportFile), importTrust);
        VBox left = new VBox(10, heading("settings.section.seller"), seller, heading("settings.section.key"), key);
        VBox right = new VBox(
                10,
                heading("settings.section.upstream"),
                upstream,
                heading("settings.section.counter"),
                counter,
                heading("settings.trust"),
                trustRow,
                anchors);
        HBox columns = new HBox(24, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(600);
        right.setPrefWidth(600);
        VBox content = new VBox(12, columns, new HBox(10, save, message));
        content.setId("settings-screen");
        content.getStyleClass().add("settings");
        content.setStyle("-fx-padding: 10;");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    Parent root() {
        return root;
    }

    private Label heading(String key) {
        Label label = Controls.label(i18n, key.replace('.', '-'), key);
        label.getStyleClass().add("card-title");
        return label;
    }

    private TextField text(String id, StringProperty value, String field) {
        TextField text = new TextField();
        text.setId(id);
        text.textProperty().bindBidirectional(value);
        byField.put(field, text);
        return text;
    }

    private PasswordField secret(String id, StringProperty value, String field) {
        PasswordField secret = new PasswordField();
        secret.setId(id);
        secret.textProperty().bindBidirectional(value);
        secret.promptTextProperty().bind(i18n.text("settings.secret.keep"));
        byField.put(field, secret);
        return secret;
    }

    private Button browse(String id, StringProperty target) {
        Button button = Controls.button(i18n, id, "settings.browse", () -> {});
        button.setOnAction(e -> {
            File chosen = new FileChooser().showOpenDialog(button.getScene().getWindow());
            if (chosen != null) {
                target.set(chosen.getAbsolutePath());
            }
        });
        return button;
    }

    private void row(GridPane grid, int row, String labelKey, Node control) {
        Label label = Controls.label(i18n, labelKey.replace('.', '-') + "-label", labelKey);
        label.getStyleClass().add("field-name");
        label.setLabelFor(control);
        if (control instanceof Control c
                && c.getAccessibleText() == null
                && !c.accessibleTextProperty().isBound()) {
            c.accessibleTextProperty().bind(i18n.text(labelKey));
        }
        grid.addRow(row, label, control);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        return grid;
    }
}
