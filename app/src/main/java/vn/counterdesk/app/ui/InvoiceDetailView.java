package vn.counterdesk.app.ui;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import vn.counterdesk.app.service.InvoiceDetail;
import vn.counterdesk.app.service.SyncEntry;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.RelatedInvoice;

/**
 * The invoice detail: header, buyer, lines, totals, status and sync history (attempts, the authority's
 * errors in its words, MCCQT once coded), what corrects it, the PDF's first page, and its actions.
 */
final class InvoiceDetailView {

    private final VBox root = new VBox(8);
    private final I18n i18n;
    private final InvoiceDetailViewModel model;
    private final Label header = info("detail-header");
    private final Label seller = info("detail-seller");
    private final Label buyerName = info("detail-buyer-name");
    private final Label buyerId = info("detail-buyer-id");
    private final Label buyerAddress = info("detail-buyer-address");
    private final Label totals = info("detail-totals");
    private final Label related = info("detail-related");
    private final Label status = info("detail-status");
    private final Label authorityCode = info("detail-mccqt");
    private final Label errors = info("detail-errors");
    private final Label corrected = info("detail-corrected");
    private final TableView<LineItem> lines = new TableView<>();
    private final ImageView preview = new ImageView();
    private final Button replace;
    private final Button adjust;

    InvoiceDetailView(InvoiceDetailViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.setId("invoice-detail");
        root.getStyleClass().add("card");
        Label title = Controls.label(i18n, "detail-title", "detail.heading");
        title.getStyleClass().add("card-title");
        Label message = new Label();
        message.setId("detail-message");
        message.setWrapText(true);
        message.textProperty().bind(i18n.text(model.messageKeyProperty()));

        lines.setId("detail-lines");
        lines.accessibleTextProperty().bind(i18n.text("invoice.lines"));
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.getColumns()
                .setAll(
                        LineEntry.column(i18n, "invoice.item", LineItem::name, 200),
                        LineEntry.column(i18n, "invoice.quantity", l -> money(l.quantity()), 60),
                        LineEntry.column(i18n, "invoice.price", l -> money(l.unitPrice()), 90),
                        LineEntry.column(
                                i18n,
                                "invoice.rate",
                                l -> l.taxRate().map(r -> r.code()).orElse(""),
                                50),
                        LineEntry.column(i18n, "invoice.amount", l -> money(l.amount()), 100));
        lines.setPrefHeight(130);
        lines.setPlaceholder(Controls.label(i18n, "detail-lines-empty", "invoice.noLines"));

        Button savePdf = Controls.button(i18n, "detail-save-pdf", "detail.savePdf", this::savePdf);
        Button print = Controls.button(i18n, "detail-print", "print.button", model::print);
        Button openXml = Controls.button(i18n, "detail-open-xml", "detail.openXml", model::openXmlLocation);
        replace = Controls.button(
                i18n,
                "detail-replace",
                "detail.replace",
                () -> model.startCorrection(RelatedInvoice.Relation.REPLACEMENT));
        adjust = Controls.button(
                i18n,
                "detail-adjust",
                "detail.adjust",
                () -> model.startCorrection(RelatedInvoice.Relation.ADJUSTMENT));
        FlowPane actions = new FlowPane(8, 8, savePdf, print, openXml, replace, adjust);
        actions.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.loadedProperty().get().isEmpty(), model.loadedProperty()));
        // The correction form gets its own window: it needs the full line-entry width the detail lacks.
        model.onCorrection(correction -> {
            Stage dialog = new Stage();
            dialog.initOwner(root.getScene().getWindow());
            dialog.initModality(Modality.WINDOW_MODAL);
            dialog.titleProperty().bind(i18n.text("detail.heading"));
            CorrectionView view = new CorrectionView(correction, i18n, dialog::close);
            ScrollPane content = new ScrollPane(view.root());
            content.setFitToWidth(true);
            Scene scene = new Scene(content, 900, 560);
            scene.getStylesheets().addAll(root.getScene().getStylesheets());
            dialog.setScene(scene);
            dialog.show();
            view.focus();
        });

        preview.setId("detail-preview");
        preview.setPreserveRatio(true);
        // The page fills the preview column whatever the window's width.
        preview.accessibleTextProperty().bind(i18n.text("detail.preview"));
        ScrollPane previewPane = new ScrollPane(preview);
        previewPane.setPrefWidth(420);
        previewPane.setMinWidth(300);
        preview.fitWidthProperty().bind(previewPane.widthProperty().subtract(20));

        VBox facts = new VBox(
                6,
                title,
                header,
                seller,
                buyerName,
                buyerId,
                buyerAddress,
                lines,
                totals,
                related,
                status,
                authorityCode,
                errors,
                corrected,
                actions,
                message);
        ScrollPane factsPane = new ScrollPane(facts);
        factsPane.setFitToWidth(true);
        HBox.setHgrow(factsPane, Priority.ALWAYS);
        HBox body = new HBox(10, factsPane, previewPane);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().add(body);

        InvalidationListener update = obs -> show(model.loadedProperty().get());
        model.loadedProperty().addListener(update);
        i18n.localeProperty().addListener(update);
        show(Optional.empty());
    }

    Node root() {
        return root;
    }

    private void show(Optional<InvoiceDetailViewModel.Loaded> loaded) {
        if (loaded.isEmpty()) {
            List.of(header, seller, buyerName, buyerId, buyerAddress, totals, related, status, authorityCode, errors)
                    .forEach(l -> l.setText(""));
            corrected.setText(i18n.get("detail.empty"));
            lines.setItems(FXCollections.observableArrayList());
            preview.setImage(null);
            replace.setDisable(true);
            adjust.setDisable(true);
            return;
        }
        InvoiceDetail detail = loaded.get().detail();
        Invoice invoice = detail.invoice();
        var general = invoice.general();
        header.setText(i18n.format(
                "detail.header",
                general.form(),
                general.symbol(),
                general.number().orElse(0L),
                Formats.date(general.issueDate())));
        seller.setText(i18n.format(
                "detail.seller", invoice.seller().name(), invoice.seller().taxCode()));
        buyerName.setText(i18n.format("detail.buyerName", invoice.buyer().name().orElse("")));
        buyerId.setText(i18n.format("detail.buyerId", invoice.buyer().idNumber().orElse("")));
        buyerAddress.setText(
                i18n.format("detail.buyerAddress", invoice.buyer().address().orElse("—")));
        lines.setItems(FXCollections.observableArrayList(invoice.lines()));
        totals.setText(i18n.format(
                "detail.totals",
                money(invoice.totals().totalBeforeTax()),
                money(invoice.totals().totalTax()),
                Formats.money(invoice.totals().totalPayable()),
                invoice.totals().totalPayableInWords()));
        related.setText(general.related()
                .map(r -> i18n.format(
                        r.relation() == RelatedInvoice.Relation.REPLACEMENT ? "detail.replaces" : "detail.adjusts",
                        r.form().orElse(""),
                        r.symbol().orElse(""),
                        r.number().orElse(""),
                        Formats.date(r.issueDate()),
                        r.note().orElse("")))
                .orElse(""));
        status.setText(detail.sync()
                .map(s -> i18n.format(
                        "detail.sync",
                        i18n.get("status." + s.status().name()),
                        s.attempts(),
                        s.lastFailure()
                                .map(f -> i18n.format("detail.lastFailure", f))
                                .orElse("")))
                .orElse(i18n.get("detail.notQueued")));
        authorityCode.setText(detail.authorityCode()
                .map(code -> i18n.format("detail.mccqt", code))
                .orElse(""));
        errors.setText(errorText(detail));
        corrected.setText(String.join(
                "\n",
                detail.correctedBy().stream()
                        .map(c -> i18n.format("detail.correctedBy." + c.kind().name(), c.correctionId()))
                        .toList()));
        preview.setImage(image(loaded.get().preview()));
        replace.setDisable(!model.canStart(RelatedInvoice.Relation.REPLACEMENT));
        adjust.setDisable(!model.canStart(RelatedInvoice.Relation.ADJUSTMENT));
    }

    private String errorText(InvoiceDetail detail) {
        List<String> texts = detail.sync().map(SyncEntry::errors).orElse(List.of()).stream()
                .map(e -> e.description() + e.howToFix().map(fix -> " — " + fix).orElse("") + " [" + e.code() + "]")
                .toList();
        if (texts.isEmpty()) {
            texts = detail.storedRejections();
        }
        return texts.isEmpty() ? "" : i18n.format("detail.rejected", String.join("\n", texts));
    }

    private void savePdf() {
        model.loadedProperty().get().ifPresent(l -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(l.detail().fileStem() + ".pdf");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                model.savePdf(file.toPath());
            }
        });
    }

    private static Label info(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    private static String money(Optional<java.math.BigDecimal> amount) {
        return amount.map(Formats::money).orElse("");
    }

    /** AWT image → FX image by pixels (no javafx-swing dependency for one conversion). */
    private static WritableImage image(BufferedImage page) {
        WritableImage image = new WritableImage(page.getWidth(), page.getHeight());
        PixelWriter writer = image.getPixelWriter();
        int[] row = new int[page.getWidth()];
        for (int y = 0; y < page.getHeight(); y++) {
            page.getRGB(0, y, page.getWidth(), 1, row, 0, page.getWidth());
            writer.setPixels(
                    0,
                    y,
                    page.getWidth(),
                    1,
                    javafx.scene.image.PixelFormat.getIntArgbInstance(),
                    row,
                    0,
                    page.getWidth());
        }
        return image;
    }
}
