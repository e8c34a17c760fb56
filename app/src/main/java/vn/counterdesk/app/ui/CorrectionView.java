package vn.counterdesk.app.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.counterdesk.invoice.model.RelatedInvoice;

/** The replacement / adjustment form: which invoice, why, the lines, Issue. */
final class CorrectionView {

    private final VBox root = new VBox(8);
    private final TextField reason;

    CorrectionView(CorrectionViewModel model, I18n i18n, Runnable close) {
        root.setId("correction-pane");
        root.getStyleClass().add("card");
        var original = model.original().invoice().general();
        boolean replacement = model.relation() == RelatedInvoice.Relation.REPLACEMENT;
        Label title = new Label();
        title.setId("adjust-title");
        title.getStyleClass().add("card-title");
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> i18n.format(
                                replacement ? "adjust.title.replace" : "adjust.title.adjust",
                                original.form(),
                                original.symbol(),
                                original.number().orElse(0L),
                                Formats.date(original.issueDate())),
                        i18n.localeProperty()));
        title.setWrapText(true);
        Label hint = Controls.label(i18n, "adjust-hint", replacement ? "adjust.hint.replace" : "adjust.hint.adjust");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        reason = Controls.field(i18n, "adjust-reason", "adjust.reason");
        reason.textProperty().bindBidirectional(model.reasonProperty());
        LineEntry entry = new LineEntry(i18n, "adjust", model.lineFields(), model::addLine);
        var lines = LineEntry.table(i18n, "adjust-lines", model.lines(), model::removeLine);
        lines.setPrefHeight(120);
        Button issue = Controls.button(i18n, "adjust-issue", "adjust.issue", model::issue);
        issue.getStyleClass().add("primary");
        issue.disableProperty()
                .bind(model.busyProperty()
                        .or(Bindings.createBooleanBinding(
                                () -> model.issuedProperty().get().isPresent(), model.issuedProperty())));
        Button cancel = Controls.button(i18n, "adjust-close", "adjust.close", close);
        Label message = new Label();
        message.setId("adjust-message");
        message.setWrapText(true);
        message.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.issuedProperty()
                                .get()
                                .map(done -> i18n.format("adjust.issuedAs", done.symbol(), done.number()))
                                .orElseGet(
                                        () -> model.messageKeyProperty().get().isEmpty()
                                                ? ""
                                                : i18n.get(model.messageKeyProperty()
                                                        .get())),
                        model.issuedProperty(),
                        model.messageKeyProperty(),
                        i18n.localeProperty()));
        root.getChildren().addAll(title, hint, reason, entry.row(), lines, new HBox(8, issue, cancel), message);
    }

    Node root() {
        return root;
    }

    void focus() {
        reason.requestFocus();
    }
}
