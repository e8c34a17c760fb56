package vn.counterdesk.store.invoice;

import java.time.LocalDate;

/** An invoice ready to be numbered and stored; its signed XML is produced once the number is known. */
public record InvoiceToIssue(InvoiceSeries series, LocalDate issueDate, Buyer buyer, Totals totals) {
    public InvoiceToIssue {
        if (issueDate.getYear() != series.year()) {
            throw new IllegalArgumentException("issue date is outside the series year");
        }
    }
}
