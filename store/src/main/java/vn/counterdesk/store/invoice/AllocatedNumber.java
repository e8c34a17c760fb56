package vn.counterdesk.store.invoice;

/** The number (SHDon) given to an invoice inside its series; written into the XML before signing. */
public record AllocatedNumber(InvoiceSeries series, long number) {}
