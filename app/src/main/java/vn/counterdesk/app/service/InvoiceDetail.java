package vn.counterdesk.app.service;

import java.util.List;
import java.util.Optional;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.store.invoice.Correction;

/**
 * One invoice as the detail screen shows it: the model read back from the legal original (the coded XML
 * once the authority returned it, else the signed XML), its sync history and the invoices correcting it.
 * Holds personal data (the buyer): never logged, no {@code toString} with content.
 */
public record InvoiceDetail(
        long invoiceId,
        Invoice invoice,
        byte[] legalXml,
        boolean coded,
        Optional<SyncEntry> sync,
        List<String> storedRejections,
        List<Correction> correctedBy) {

    public InvoiceDetail {
        legalXml = legalXml.clone();
        storedRejections = List.copyOf(storedRejections);
        correctedBy = List.copyOf(correctedBy);
    }

    @Override
    public byte[] legalXml() {
        return legalXml.clone();
    }

    /** The tax authority's code ({@code MCCQT}), from the coded XML or the sync record. */
    public Optional<String> authorityCode() {
        return invoice.authorityCode().map(code -> code.value()).or(() -> sync.flatMap(SyncEntry::authorityCode));
    }

    /** File name stem shared by the PDF and XML copies: symbol-number. */
    public String fileStem() {
        return invoice.general().symbol() + "-"
                + String.format("%08d", invoice.general().number().orElse(0L));
    }

    @Override
    public String toString() {
        return "InvoiceDetail[" + invoiceId + ", buyer redacted]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InvoiceDetail d && d.invoiceId == invoiceId && d.coded == coded;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(invoiceId);
    }
}
