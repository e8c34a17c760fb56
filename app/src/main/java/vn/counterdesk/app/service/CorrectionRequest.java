package vn.counterdesk.app.service;

import java.time.LocalDate;
import java.util.Objects;
import vn.counterdesk.invoice.model.RelatedInvoice;

/**
 * A replacement or adjustment of an issued invoice (einvoice.md §9.5): the original as the tax authority
 * knows it (form, symbol, number, date), why it is corrected, and the new invoice's content. For an
 * adjustment the lines are the differences (negative to decrease); for a replacement the full new content.
 */
public record CorrectionRequest(
        long originalId,
        RelatedInvoice.Relation relation,
        String originalForm,
        String originalSymbol,
        long originalNumber,
        LocalDate originalDate,
        String reason,
        InvoiceDraft draft) {

    public CorrectionRequest {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(draft, "draft");
    }

    RelatedInvoice related() {
        return RelatedInvoice.of(relation, originalForm, originalSymbol, originalNumber, originalDate, reason);
    }
}
