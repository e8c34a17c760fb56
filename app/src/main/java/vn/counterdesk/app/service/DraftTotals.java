package vn.counterdesk.app.service;

import java.math.BigDecimal;
import java.util.List;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.RateSummary;
import vn.counterdesk.invoice.model.Totals;
import vn.counterdesk.invoice.money.InvoiceCalculator;

/** Live totals of a draft, computed by the same calculator that issues the invoice. */
public record DraftTotals(
        List<RateSummary> perRate, BigDecimal beforeTax, BigDecimal tax, BigDecimal payable, String words) {

    public static final String CURRENCY = "VND";

    public static DraftTotals of(List<InvoiceDraft.Line> lines) {
        InvoiceCalculator calculator = InvoiceCalculator.standard();
        List<LineItem> items = calculator.completeLines(items(lines), CURRENCY);
        Totals totals = calculator.totals(items, List.of(), java.util.Optional.empty(), CURRENCY);
        return new DraftTotals(
                totals.rateSummaries(),
                totals.totalBeforeTax().orElse(BigDecimal.ZERO),
                totals.totalTax().orElse(BigDecimal.ZERO),
                totals.totalPayable(),
                totals.totalPayableInWords());
    }

    static List<LineItem> items(List<InvoiceDraft.Line> lines) {
        return lines.stream()
                .map(l -> LineItem.goods(l.name(), l.unit(), l.quantity(), l.unitPrice(), l.rate()))
                .toList();
    }
}
