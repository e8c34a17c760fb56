package vn.counterdesk.sync.tdiep;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import vn.counterdesk.invoice.xml.InvoiceParseException;
import vn.counterdesk.invoice.xml.SecureXml;

/**
 * Parses XML that came over the network with the invoice module's hardened {@link SecureXml} (no DOCTYPE, so
 * no XXE and no entity expansion; no external access, no XInclude; namespace aware) and reports a refusal as
 * the sync module's typed {@link TDiepParseException}. Sizes are bounded by {@link TDiepReader} before parsing.
 */
public final class NetworkXml {

    private NetworkXml() {}

    public static Document parse(byte[] bytes) throws TDiepParseException {
        try {
            return SecureXml.parse(bytes, Integer.MAX_VALUE);
        } catch (InvoiceParseException e) {
            // The parser's own text is kept out of the message: it can quote the input.
            boolean doctype = e.getCause() instanceof SAXException sax
                    && sax.getMessage() != null
                    && sax.getMessage().contains("DOCTYPE");
            throw doctype
                    ? new TDiepParseException(
                            TDiepParseException.Reason.DOCTYPE_FORBIDDEN, "DOCTYPE declarations are not accepted", e)
                    : new TDiepParseException(TDiepParseException.Reason.NOT_WELL_FORMED, "not well-formed XML", e);
        }
    }
}
