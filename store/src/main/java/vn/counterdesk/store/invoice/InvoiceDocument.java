package vn.counterdesk.store.invoice;

import java.util.List;
import java.util.Optional;

/**
 * The legal originals of one invoice: the signed XML as issued and, once coded, the XML returned by the tax
 * authority; for a rejected invoice, the authority's error list.
 */
public record InvoiceDocument(
        long invoiceId, byte[] signedXml, Optional<byte[]> codedXml, List<String> rejectionErrors) {}
