package vn.counterdesk.app.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** All invoices: search as you type, the sync status and the tax authority's code per invoice. */
final class InvoiceListView {

    private final VBox root = new VBox(8);
    private final TextField search;
    private final I18n i18n;
    private java.util.function.Consumer<InvoiceListViewModel.Row> onOpen = row -> {};

    InvoiceListView(InvoiceListViewModel model, I18n i18n) {
        this.i18n = i18n;
        search = Controls.field(i18n, "invoice-search", "list.search");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.textProperty().addListener((obs, old, now) -> model.refresh());
        TableView<InvoiceListViewModel.Row> table = new TableView<>(model.rows());
        table.setId("invoice-table");
        table.accessibleTextProperty().bind(i18n.text("tab.invoices"));
        table.setPlaceholder(Controls.label(i18n, "list-empty", "list.empty"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .setAll(
                        column("list.symbol", r -> r.invoice().series().symbol()),
                        column("list.number", r -> String.valueOf(r.invoice().number())),
                        column("list.date", r -> Formats.date(r.invoice().issueDate())),
                        column("list.buyer", r -> r.invoice().buyer().name().orElse("")),
                        column(
                                "list.payable",
                                r -> Formats.money(r.invoice().totals().payable())),
                        column(
                                "list.status",
                                r -> r.syncStatus()
                                        .map(s -> i18n.get("status." + s.name()))
                                        .orElse(i18n.get("status.UNKNOWN"))),
                        column("list.code", r -> r.authorityCode().orElse("")),
                        column(
                                "detail.correction",
                                r -> r.correctedAs()
                                        .map(kind -> i18n.get("detail.kind." + kind.name()))
                                        .orElse("")));
        // The poll replaces rows whose sync state moved: keep the clerk's selection on the same invoice.
        long[] selectedId = {-1};
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selectedId[0] = now.invoice().invoiceId();
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<InvoiceListViewModel.Row>) change -> {
            if (table.getSelectionModel().getSelectedItem() == null) {
                model.rows().stream()
                        .filter(r -> r.invoice().invoiceId() == selectedId[0])
                        .findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        // Enter or a double click opens the detail of the selected invoice.
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openSelected(table);
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected(table);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label counts = new Label();
        counts.setId("sync-counts");
        counts.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.syncReportProperty()
                                .get()
                                .map(r -> i18n.format(
                                        "sync.counts", r.queued(), r.sent(), r.coded(), r.rejected(), r.failing()))
                                .orElse(""),
                        model.syncReportProperty(),
                        i18n.localeProperty()));
        root.getChildren().addAll(search, table, counts);
        root.getStyleClass().add("card");
    }

    Node root() {
        return root;
    }

    /** What opening a row does (the window shows the detail). */
    void onOpen(java.util.function.Consumer<InvoiceListViewModel.Row> action) {
        this.onOpen = action;
    }

    private void openSelected(TableView<InvoiceListViewModel.Row> table) {
        InvoiceListViewModel.Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            onOpen.accept(row);
        }
    }

    void focusSearch() {
        search.requestFocus();
    }

    private TableColumn<InvoiceListViewModel.Row, String> column(
            String key, Function<InvoiceListViewModel.Row, String> value) {
        TableColumn<InvoiceListViewModel.Row, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
