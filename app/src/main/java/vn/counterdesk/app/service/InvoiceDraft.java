package vn.counterdesk.app.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.counterdesk.invoice.model.TaxRate;

/** What the clerk entered for a new invoice. The address is present only with the buyer's consent. */
public record InvoiceDraft(String buyerName, String buyerIdNumber, Optional<String> buyerAddress, List<Line> lines) {

    public InvoiceDraft {
        lines = List.copyOf(lines);
    }

    public record Line(String name, String unit, BigDecimal quantity, BigDecimal unitPrice, TaxRate rate) {}

    @Override
    public String toString() {
        return "InvoiceDraft[" + lines.size() + " lines, buyer redacted]";
    }
}
