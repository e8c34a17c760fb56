package vn.counterdesk.app.ui;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.counterdesk.app.service.CardReadResult;
import vn.counterdesk.card.read.IdentityDocument;
import vn.counterdesk.card.verify.Check;
import vn.counterdesk.card.verify.Verdict;
import vn.counterdesk.card.verify.VerificationMessages;
import vn.counterdesk.store.invoice.InvoiceSummary;

/** The read panel (key, progress, cancel, message) and the identity with its verdict, checks and history. */
final class ReadView {

    private final ReadCardViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox(10);
    private final TextField key;
    private final VBox identityBox = new VBox(8);
    private final Label none;

    ReadView(ReadCardViewModel model, I18n i18n, Button newInvoice) {
        this.model = model;
        this.i18n = i18n;

        key = Controls.field(i18n, "read-key", "read.key");
        key.textProperty().bindBidirectional(model.keyTextProperty());
        key.setOnAction(e -> model.submit());
        key.disableProperty().bind(model.busyProperty());
        Button read = Controls.button(i18n, "read-button", "read.button", model::readNow);
        read.getStyleClass().add("primary");
        read.disableProperty().bind(model.busyProperty());
        Button cancel = Controls.button(i18n, "read-cancel", "read.cancel", model::cancel);
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(model.busyProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("read-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        Label message = new Label();
        message.setId("read-message");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.textProperty().bind(i18n.text(model.messageKeyProperty()));
        message.accessibleTextProperty().bind(message.textProperty());
        model.messageKeyProperty().addListener((obs, old, now) -> {
            message.getStyleClass().remove("message-error");
            if (now.startsWith("read.failed.") || now.equals("read.badInput")) {
                message.getStyleClass().add("message-error");
            }
        });
        HBox.setHgrow(key, Priority.ALWAYS);
        VBox readCard =
                new VBox(8, Controls.styled("", "card-title"), new HBox(8, key, read, cancel), progress, message);
        ((Label) readCard.getChildren().getFirst()).textProperty().bind(i18n.text("read.heading"));
        readCard.getStyleClass().add("card");

        none = Controls.label(i18n, "identity-none", "identity.none");
        none.getStyleClass().add("muted");
        identityBox.getStyleClass().add("card");
        VBox.setVgrow(identityBox, Priority.ALWAYS);
        model.identityProperty().addListener((obs, old, now) -> showIdentity(now, newInvoice));
        i18n.localeProperty()
                .addListener(
                        (obs, old, now) -> showIdentity(model.identityProperty().get(), newInvoice));
        showIdentity(Optional.empty(), newInvoice);
        root.getChildren().addAll(readCard, identityBox);
        root.setPadding(new Insets(0));
    }

    Node root() {
        return root;
    }

    void focusKey() {
        key.requestFocus();
    }

    private void showIdentity(Optional<CardReadResult.Read> read, Button newInvoice) {
        Label title = Controls.styled(i18n.get("identity.heading"), "card-title");
        if (read.isEmpty()) {
            identityBox.getChildren().setAll(title, none);
            return;
        }
        IdentityDocument doc = read.get().document();
        GridPane fields = new GridPane(10, 4);
        int row = 0;
        row = field(fields, row, "identity.name", "identity-name", doc.fullName());
        row = field(fields, row, "identity.idNumber", "identity-id", doc.idNumber());
        row = field(fields, row, "identity.dob", "identity-dob", Formats.date(doc.dateOfBirth()));
        row = field(
                fields,
                row,
                "identity.sex",
                "identity-sex",
                doc.sex().map(IdentityDocument.Sex::vietnamese).orElse(""));
        row = field(
                fields,
                row,
                "identity.residence",
                "identity-residence",
                doc.placeOfResidence().orElse(""));
        row = field(fields, row, "identity.issue", "identity-issue", Formats.date(doc.dateOfIssue()));
        field(
                fields,
                row,
                "identity.expiry",
                "identity-expiry",
                doc.dateOfExpiry().map(Formats::date).orElse(i18n.get("identity.noExpiry")));
        HBox top = new HBox(12, photo(doc), fields);
        HBox.setHgrow(fields, Priority.ALWAYS);

        Verdict verdict = read.get().verification().verdict();
        newInvoice.setDisable(verdict.isFailure());
        Label verdictLabel = Controls.styled(i18n.get("verdict." + verdict.name()), "verdict", verdictStyle(verdict));
        verdictLabel.setId("verdict");
        verdictLabel.setUserData(verdict);
        verdictLabel.setMaxWidth(Double.MAX_VALUE);
        verdictLabel.setAccessibleText(verdictLabel.getText());
        VBox checks = new VBox(2);
        checks.setId("checks");
        for (Check check : read.get().verification().checks()) {
            Label line = Controls.styled(
                    i18n.get("check." + check.status().name()) + " — "
                            + VerificationMessages.render(check, i18n.locale()),
                    "check-" + check.status().name());
            line.setId("check-" + check.name().externalName());
            line.setUserData(check.status());
            line.setWrapText(true);
            checks.getChildren().add(line);
        }
        ListView<InvoiceSummary> history = new ListView<>(model.history());
        history.setId("history");
        history.setPrefHeight(110);
        history.setAccessibleText(i18n.get("identity.history"));
        history.setPlaceholder(Controls.styled(i18n.get("identity.historyNone"), "muted"));
        history.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(InvoiceSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? null
                                : item.series().symbol() + " " + item.number() + " · " + Formats.date(item.issueDate())
                                        + " · " + Formats.money(item.totals().payable()) + " VND");
            }
        });
        identityBox
                .getChildren()
                .setAll(
                        title,
                        top,
                        verdictLabel,
                        newInvoice,
                        Controls.styled(i18n.get("identity.checks"), "field-name"),
                        checks,
                        Controls.styled(i18n.get("identity.history"), "field-name"),
                        history);
    }

    private static String verdictStyle(Verdict verdict) {
        return switch (verdict) {
            case GENUINE -> "verdict-good";
            case CHAIN_UNVERIFIED, EXPIRED_DOCUMENT, NOT_VERIFIED -> "verdict-warn";
            case TAMPERED, CLONE_SUSPECTED -> "verdict-bad";
        };
    }

    private int field(GridPane grid, int row, String nameKey, String id, String value) {
        Label name = Controls.styled(i18n.get(nameKey), "field-name");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label shown = Controls.styled(value, "field-value");
        shown.setId(id);
        shown.setWrapText(true);
        shown.setAccessibleText(i18n.get(nameKey) + ": " + value);
        grid.addRow(row, name, shown);
        return row + 1;
    }

    private Node photo(IdentityDocument doc) {
        StackPane frame = new StackPane();
        frame.getStyleClass().add("photo-frame");
        frame.setMinSize(96, 128);
        frame.setPrefSize(96, 128);
        doc.photo().ifPresent(face -> {
            Image image = new Image(new ByteArrayInputStream(face.imageBytes()), 96, 128, true, true);
            if (!image.isError()) {
                ImageView view = new ImageView(image);
                view.setId("identity-photo");
                view.setAccessibleText(i18n.get("identity.photo"));
                frame.getChildren().add(view);
            }
        });
        return frame;
    }
}
