package vn.counterdesk.store.outbox;

import vn.counterdesk.store.invoice.InvoiceStatus;

/** An invoice claimed for sending: its message id (MTDiep, reused on every resend) and signed XML. */
public record OutboxEntry(long invoiceId, String messageId, InvoiceStatus status, int attempts, byte[] signedXml) {
    @Override
    public String toString() {
        return "OutboxEntry[invoiceId=" + invoiceId + ", status=" + status + ", attempts=" + attempts + "]";
    }
}
