package vn.counterdesk.app.ui;

import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.counterdesk.app.service.InvoiceDraft;
import vn.counterdesk.invoice.model.TaxRate;

/** The invoice line being typed (item, unit, quantity, price, rate) and its validation into a draft line. */
final class LineInput {

    /** Which amounts a line may carry. */
    enum Amounts {
        /** An ordinary invoice: positive quantity, price zero or more. */
        ORDINARY,
        /** An adjustment (einvoice.md §9.5): any non-zero quantity, any price; negative decreases. */
        SIGNED
    }

    private final StringProperty item = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("1");
    private final StringProperty price = new SimpleStringProperty("");
    private final ObjectProperty<TaxRate> rate = new SimpleObjectProperty<>(TaxRate.TEN);

    /** The typed line, if complete and allowed; the fields are then cleared for the next line. */
    Optional<InvoiceDraft.Line> take(Amounts amounts) {
        Optional<BigDecimal> qty = InvoiceFormViewModel.decimal(quantity.get());
        Optional<BigDecimal> unitPrice = InvoiceFormViewModel.decimal(price.get());
        if (item.get().isBlank()
                || qty.isEmpty()
                || unitPrice.isEmpty()
                || qty.get().signum() == 0) {
            return Optional.empty();
        }
        if (amounts == Amounts.ORDINARY
                && (qty.get().signum() < 0 || unitPrice.get().signum() < 0)) {
            return Optional.empty();
        }
        InvoiceDraft.Line line = new InvoiceDraft.Line(
                item.get().strip(),
                unit.get().isBlank() ? "lần" : unit.get().strip(),
                qty.get(),
                unitPrice.get(),
                rate.get());
        item.set("");
        unit.set("");
        quantity.set("1");
        price.set("");
        return Optional.of(line);
    }

    /**
     * Adds the typed line to {@code lines}, or shows {@code badLineKey} and returns false: the one rule for
     * every form that takes invoice lines.
     */
    boolean addTo(
            javafx.collections.ObservableList<InvoiceDraft.Line> lines,
            Amounts amounts,
            StringProperty messageKey,
            String badLineKey) {
        Optional<InvoiceDraft.Line> line = take(amounts);
        messageKey.set(line.isPresent() ? "" : badLineKey);
        line.ifPresent(lines::add);
        return line.isPresent();
    }

    static void remove(javafx.collections.ObservableList<InvoiceDraft.Line> lines, int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    LineEntry.Fields fields() {
        return new LineEntry.Fields(item, unit, quantity, price, rate);
    }

    StringProperty item() {
        return item;
    }

    StringProperty unit() {
        return unit;
    }

    StringProperty quantity() {
        return quantity;
    }

    StringProperty price() {
        return price;
    }

    ObjectProperty<TaxRate> rate() {
        return rate;
    }
}
