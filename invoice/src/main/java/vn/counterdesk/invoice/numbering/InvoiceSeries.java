package vn.counterdesk.invoice.numbering;

import java.util.Objects;

/**
 * A numbering series: invoice numbers are sequential and gap-free per seller, form digit and symbol (the symbol
 * contains the year, so every year starts a new series at 1, spec §3.3).
 */
public record InvoiceSeries(String sellerTaxCode, String form, InvoiceSymbol symbol) {
    public InvoiceSeries {
        Objects.requireNonNull(sellerTaxCode, "sellerTaxCode");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(symbol, "symbol");
    }
}
