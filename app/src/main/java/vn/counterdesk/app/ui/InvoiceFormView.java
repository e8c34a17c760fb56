package vn.counterdesk.app.ui;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.counterdesk.app.service.DraftTotals;
import vn.counterdesk.app.service.InvoiceDraft;
import vn.counterdesk.app.service.IssueResult;
import vn.counterdesk.invoice.model.TaxRate;

/** New invoice: buyer, keyboard-only line entry, live totals and words, issue, the PDF. */
final class InvoiceFormView {

    private final InvoiceFormViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final LineEntry lineEntry;

    InvoiceFormView(InvoiceFormViewModel model, I18n i18n, java.util.function.Consumer<java.nio.file.Path> openFile) {
        this.model = model;
        this.i18n = i18n;
        root.getStyleClass().add("card");

        TextField name = Controls.field(i18n, "buyer-name", "invoice.buyerName");
        name.textProperty().bindBidirectional(model.buyerNameProperty());
        TextField id = Controls.field(i18n, "buyer-id", "invoice.buyerId");
        id.textProperty().bindBidirectional(model.buyerIdProperty());
        TextField address = Controls.field(i18n, "buyer-address", "invoice.buyerAddress");
        address.textProperty().bindBidirectional(model.buyerAddressProperty());
        // Without consent the address is neither shown as going on the invoice nor sent.
        address.disableProperty().bind(model.addressConsentProperty().not());
        CheckBox consent = new CheckBox();
        consent.setId("address-consent");
        Controls.bind(i18n, consent, "invoice.consent");
        consent.selectedProperty().bindBidirectional(model.addressConsentProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox buyer = new HBox(8, name, id);
        id.setPrefColumnCount(12);

        lineEntry = new LineEntry(i18n, "line", model.lineFields(), model::addLine);
        HBox entry = lineEntry.row();
        TableView<InvoiceDraft.Line> lines = LineEntry.table(i18n, "lines", model.lines(), model::removeLine);
        VBox.setVgrow(lines, Priority.ALWAYS);

        GridPane totals = new GridPane(12, 3);
        Label before = value("total-before", t -> Formats.money(t.beforeTax()));
        Label tax = value("total-tax", t -> Formats.money(t.tax()));
        Label payable = value("total-payable", t -> Formats.money(t.payable()) + " VND");
        payable.getStyleClass().add("total-payable");
        Label words = value("total-words", DraftTotals::words);
        words.setWrapText(true);
        Label perRate = new Label();
        perRate.setId("per-rate");
        perRate.getStyleClass().add("muted");
        perRate.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.totalsProperty().get().perRate().stream()
                                .map(r -> i18n.format(
                                        "invoice.perRate",
                                        r.rate().map(TaxRate::code).orElse("—"),
                                        Formats.money(r.amount()),
                                        Formats.money(r.tax().orElse(BigDecimal.ZERO))))
                                .collect(Collectors.joining("   ")),
                        model.totalsProperty(),
                        i18n.localeProperty()));
        totals.addRow(0, Controls.label(i18n, "l-before", "invoice.beforeTax"), before);
        totals.addRow(1, Controls.label(i18n, "l-tax", "invoice.tax"), tax);
        totals.addRow(2, Controls.label(i18n, "l-payable", "invoice.payable"), payable);
        totals.addRow(3, Controls.label(i18n, "l-words", "invoice.words"), words);

        Button issue = Controls.button(i18n, "issue-button", "invoice.issue", model::issue);
        issue.getStyleClass().add("primary");
        issue.disableProperty().bind(model.busyProperty());
        Label message = new Label();
        message.setId("invoice-message");
        message.getStyleClass().addAll("message", "message-error");
        message.textProperty().bind(i18n.text(model.messageKeyProperty()));
        Label issued = new Label();
        issued.setId("issued-label");
        issued.setWrapText(true);
        issued.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.lastIssuedProperty()
                                .get()
                                .map(i -> i18n.format(
                                        "invoice.issued",
                                        i.symbol(),
                                        i.number(),
                                        i.pdf().getFileName()))
                                .orElse(""),
                        model.lastIssuedProperty(),
                        i18n.localeProperty()));
        Label status = new Label();
        status.setId("issued-status");
        status.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.lastIssuedProperty().get().isEmpty()
                                ? ""
                                : i18n.format(
                                        "invoice.syncStatus",
                                        model.lastStatusProperty()
                                                .get()
                                                .map(s -> i18n.get("status." + s.name()))
                                                .orElse(i18n.get("status.UNKNOWN"))),
                        model.lastIssuedProperty(),
                        model.lastStatusProperty(),
                        i18n.localeProperty()));
        Button openPdf = Controls.button(
                i18n,
                "open-pdf",
                "invoice.openPdf",
                () -> model.lastIssuedProperty()
                        .get()
                        .map(IssueResult.Issued::pdf)
                        .ifPresent(openFile));
        openPdf.visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.lastIssuedProperty().get().isPresent(), model.lastIssuedProperty()));
        Button printIssued = Controls.button(i18n, "print-issued", "print.button", model::printLast);
        printIssued.visibleProperty().bind(openPdf.visibleProperty());
        Label printMessage = new Label();
        printMessage.setId("print-issued-message");
        printMessage.textProperty().bind(i18n.text(model.printMessageKeyProperty()));

        Label title = Controls.label(i18n, "invoice-title", "invoice.heading");
        title.getStyleClass().add("card-title");
        root.getChildren()
                .addAll(
                        title,
                        buyer,
                        new HBox(8, consent),
                        address,
                        entry,
                        lines,
                        totals,
                        perRate,
                        new HBox(10, issue, openPdf, printIssued),
                        message,
                        issued,
                        status,
                        printMessage);
    }

    Node root() {
        return root;
    }

    void focusFirstLine() {
        lineEntry.focusItem();
    }

    private Label value(String id, java.util.function.Function<DraftTotals, String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-value");
        label.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> text.apply(model.totalsProperty().get()), model.totalsProperty()));
        return label;
    }
}
