package vn.counterdesk.store.invoice;

import java.time.LocalDate;
import java.util.Optional;

/** One invoice as listed by a search. */
public record InvoiceSummary(
        long invoiceId,
        InvoiceSeries series,
        long number,
        LocalDate issueDate,
        InvoiceStatus status,
        Totals totals,
        Buyer buyer,
        Optional<String> authorityCode) {}
