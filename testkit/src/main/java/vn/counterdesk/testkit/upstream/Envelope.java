package vn.counterdesk.testkit.upstream;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/**
 * The simulator's reading of a submitted TDiep: header fields and the verbatim {@code DLieu}
 * content, and whether it carries the seller's {@code CKSNNT}. Anything unreadable yields empty (answered with HTTP
 * 400).
 */
record Envelope(
        String sender,
        String receiver,
        String type,
        String messageId,
        String taxCode,
        int count,
        Element data,
        byte[] dataBytes,
        boolean sellerSigned) {

    private static final DocumentBuilderFactory FACTORY = factory();

    static Optional<Envelope> read(byte[] body) {
        try {
            Element root = FACTORY.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body))
                    .getDocumentElement();
            Optional<Element> header = InvoiceCheck.child(root, "TTChung");
            Optional<Element> data = InvoiceCheck.child(root, "DLieu");
            if (!"TDiep".equals(root.getLocalName()) || header.isEmpty() || data.isEmpty()) {
                return Optional.empty();
            }
            String text = new String(body, StandardCharsets.UTF_8);
            int open = text.indexOf("<DLieu>");
            int close = text.lastIndexOf("</DLieu>");
            if (open < 0 || close < open) {
                return Optional.empty();
            }
            byte[] dataBytes = text.substring(open + 7, close).getBytes(StandardCharsets.UTF_8);
            Element h = header.get();
            return Optional.of(new Envelope(
                    InvoiceCheck.text(h, "MNGui"),
                    InvoiceCheck.text(h, "MNNhan"),
                    InvoiceCheck.text(h, "MLTDiep"),
                    InvoiceCheck.text(h, "MTDiep"),
                    InvoiceCheck.text(h, "MST"),
                    Integer.parseInt(InvoiceCheck.text(h, "SLuong")),
                    data.get(),
                    dataBytes,
                    InvoiceCheck.child(root, "CKSNNT").isPresent()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** {@code MNGui} + 32 upper-case hex digits, at most 46 characters (einvoice.md §7). */
    boolean hasValidId() {
        return messageId.length() <= 46
                && messageId.length() > 32
                && messageId.startsWith(sender)
                && messageId.length() == sender.length() + 32
                && messageId.substring(sender.length()).matches("[0-9A-F]{32}");
    }

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
