package vn.counterdesk.invoice.xml;

import java.util.List;
import java.util.Objects;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.counterdesk.invoice.format.FormatDefinition;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.validation.Problem;

/**
 * An invoice read from XML: the model, the parsed document with the {@code HDon} element (signatures are verified
 * on it, never on a re-serialisation), the version it is in, and what the tolerant reader noticed on the way
 * (unknown elements, order, schema deviations) as warnings.
 */
public record ReadInvoice(
        Invoice invoice, Document document, Element invoiceElement, FormatDefinition format, List<Problem> warnings) {
    public ReadInvoice {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(invoiceElement, "invoiceElement");
        Objects.requireNonNull(format, "format");
        warnings = List.copyOf(warnings);
    }
}
