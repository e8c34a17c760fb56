package vn.counterdesk.invoice.pdf;

/** Paper the invoice is laid out for. */
public enum PaperFormat {
    A4,
    /** 80 mm thermal roll of a cash register. */
    RECEIPT_80MM;

    /** Receipts for cash-register invoices (symbol letter {@code M}), A4 for everything else. */
    public static PaperFormat defaultFor(PrintableInvoice invoice) {
        return invoice.isCashRegisterInvoice() ? RECEIPT_80MM : A4;
    }
}
