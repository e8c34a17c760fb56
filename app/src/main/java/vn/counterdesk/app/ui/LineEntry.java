package vn.counterdesk.app.ui;

import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import vn.counterdesk.app.service.InvoiceDraft;
import vn.counterdesk.invoice.model.TaxRate;

/**
 * Keyboard-only entry of invoice lines (item, unit, quantity, price, rate; Enter adds, Delete removes) and
 * the table of lines, shared by the new-invoice form and the replacement / adjustment form.
 */
final class LineEntry {

    /** The line being typed, as the view model holds it. */
    record Fields(
            StringProperty item,
            StringProperty unit,
            StringProperty quantity,
            StringProperty price,
            ObjectProperty<TaxRate> rate) {}

    private final HBox row;
    private final TextField item;

    /** @param idPrefix "line" for the new invoice ({@code #line-item}, …), "adjust" for a correction */
    LineEntry(I18n i18n, String idPrefix, Fields fields, BooleanSupplier add) {
        item = Controls.field(i18n, idPrefix + "-item", "invoice.item");
        item.textProperty().bindBidirectional(fields.item());
        TextField unit = Controls.field(i18n, idPrefix + "-unit", "invoice.unit");
        unit.textProperty().bindBidirectional(fields.unit());
        unit.setPrefColumnCount(5);
        TextField quantity = Controls.field(i18n, idPrefix + "-quantity", "invoice.quantity");
        quantity.textProperty().bindBidirectional(fields.quantity());
        quantity.setPrefColumnCount(5);
        TextField price = Controls.field(i18n, idPrefix + "-price", "invoice.price");
        price.textProperty().bindBidirectional(fields.price());
        price.setPrefColumnCount(9);
        ComboBox<TaxRate> rate =
                new ComboBox<>(javafx.collections.FXCollections.observableList(InvoiceFormViewModel.RATES));
        rate.setId(idPrefix + "-rate");
        rate.valueProperty().bindBidirectional(fields.rate());
        rate.accessibleTextProperty().bind(i18n.text("invoice.rate"));
        rate.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TaxRate value) {
                return value == null ? "" : value.code();
            }

            @Override
            public TaxRate fromString(String text) {
                return new TaxRate(text);
            }
        });
        Runnable addAndRefocus = () -> {
            if (add.getAsBoolean()) {
                item.requestFocus();
            }
        };
        for (Node field : new Node[] {item, unit, quantity, price, rate}) {
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER && !e.isControlDown()) {
                    addAndRefocus.run();
                    e.consume();
                }
            });
        }
        String addId = "line".equals(idPrefix) ? "add-line" : idPrefix + "-add";
        Button addLine = Controls.button(i18n, addId, "invoice.addLine", addAndRefocus);
        HBox.setHgrow(item, Priority.ALWAYS);
        row = new HBox(6, item, unit, quantity, price, rate, addLine);
    }

    HBox row() {
        return row;
    }

    void focusItem() {
        item.requestFocus();
    }

    /** The lines as a table; Delete removes the selected one. */
    static TableView<InvoiceDraft.Line> table(
            I18n i18n, String id, ObservableList<InvoiceDraft.Line> lines, IntConsumer remove) {
        TableView<InvoiceDraft.Line> table = new TableView<>(lines);
        table.setId(id);
        table.accessibleTextProperty().bind(i18n.text("invoice.lines"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .setAll(
                        column(i18n, "invoice.item", l -> l.name(), 220),
                        column(i18n, "invoice.unit", l -> l.unit(), 60),
                        column(i18n, "invoice.quantity", l -> Formats.money(l.quantity()), 60),
                        column(i18n, "invoice.price", l -> Formats.money(l.unitPrice()), 90),
                        column(i18n, "invoice.rate", l -> l.rate().code(), 50),
                        column(
                                i18n,
                                "invoice.amount",
                                l -> Formats.money(l.quantity().multiply(l.unitPrice())),
                                100));
        table.setPrefHeight(140);
        table.setPlaceholder(Controls.label(i18n, id + "-empty", "invoice.noLines"));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                remove.accept(table.getSelectionModel().getSelectedIndex());
            }
        });
        return table;
    }

    static <T> TableColumn<T, String> column(
            I18n i18n, String key, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
