package vn.counterdesk.sync.tdiep;

import static vn.counterdesk.sync.tdiep.TDiepParseException.Reason.INVALID_VALUE;
import static vn.counterdesk.sync.tdiep.TDiepParseException.Reason.MISSING_ELEMENT;
import static vn.counterdesk.sync.tdiep.TDiepParseException.Reason.TOO_LARGE;
import static vn.counterdesk.sync.tdiep.TDiepParseException.Reason.WRONG_STRUCTURE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a received {@code TDiep}: size-limited (2 MB per message, einvoice.md §1), no DTD, every
 * header field checked, and {@code DLieu} returned as the verbatim bytes of the input. Throws only
 * {@link TDiepParseException}.
 */
public final class TDiepReader {

    /** The regulation's limit per message. */
    public static final int MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

    private final int maxBytes;

    public TDiepReader() {
        this(MAX_MESSAGE_BYTES);
    }

    public TDiepReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public TDiep read(byte[] xml) throws TDiepParseException {
        if (xml.length > maxBytes) {
            throw new TDiepParseException(TOO_LARGE, "message larger than " + maxBytes + " bytes");
        }
        Document doc = NetworkXml.parse(xml);
        Element root = doc.getDocumentElement();
        if (!"TDiep".equals(root.getLocalName()) || root.getNamespaceURI() != null) {
            throw new TDiepParseException(WRONG_STRUCTURE, "root element is not TDiep");
        }
        Element ttChung = XmlText.child(root, "TTChung")
                .orElseThrow(() -> new TDiepParseException(MISSING_ELEMENT, "TTChung missing"));
        Element dLieu = XmlText.child(root, "DLieu")
                .orElseThrow(() -> new TDiepParseException(MISSING_ELEMENT, "DLieu missing"));
        Header header = header(ttChung);
        byte[] payload = verbatimContent(xml, "DLieu", dLieu);
        Optional<byte[]> signature = Optional.empty();
        Optional<Element> cksnnt = XmlText.child(root, "CKSNNT");
        if (cksnnt.isPresent()) {
            signature = Optional.of(verbatimContent(xml, "CKSNNT", cksnnt.get()));
        }
        return new TDiep(header, payload, signature);
    }

    /**
     * Splits a page of answers ({@code <DSTDiep><TDiep/>…</DSTDiep>}, see docs/sync.md) into messages,
     * each read by {@link #read}. The page itself may hold up to {@code maxMessages} messages.
     */
    public List<TDiep> readPage(byte[] xml, int maxMessages) throws TDiepParseException {
        if (xml.length > (long) maxBytes * Math.max(1, maxMessages)) {
            throw new TDiepParseException(TOO_LARGE, "answer page too large");
        }
        Element root = NetworkXml.parse(xml).getDocumentElement();
        if (!"DSTDiep".equals(root.getLocalName())) {
            throw new TDiepParseException(WRONG_STRUCTURE, "root element is not DSTDiep");
        }
        int expected = XmlText.children(root).size();
        List<TDiep> messages = new ArrayList<>(expected);
        byte[] open = XmlText.utf8("<TDiep");
        byte[] close = XmlText.utf8("</TDiep>");
        int at = 0;
        while (messages.size() < expected) {
            int start = XmlText.indexOf(xml, open, at);
            int end = start < 0 ? -1 : XmlText.indexOf(xml, close, start);
            if (end < 0) {
                throw new TDiepParseException(WRONG_STRUCTURE, "answer page does not split into TDiep messages");
            }
            at = end + close.length;
            messages.add(read(java.util.Arrays.copyOfRange(xml, start, at)));
        }
        return messages;
    }

    private static Header header(Element t) throws TDiepParseException {
        String version = required(t, "PBan");
        PartyCode sender = party(t, "MNGui");
        PartyCode receiver = party(t, "MNNhan");
        String typeCode = required(t, "MLTDiep");
        MessageType type = MessageType.fromCode(typeCode)
                .orElseThrow(() -> new TDiepParseException(INVALID_VALUE, "MLTDiep is not a supported message type"));
        MessageId id = messageId(t, "MTDiep").orElseThrow(() -> missing("MTDiep"));
        Optional<MessageId> referenced = messageId(t, "MTDTChieu");
        String taxCode = required(t, "MST");
        if (taxCode.length() > 14) {
            throw new TDiepParseException(INVALID_VALUE, "MST longer than 14 characters");
        }
        int count;
        try {
            count = Integer.parseInt(required(t, "SLuong"));
        } catch (NumberFormatException e) {
            throw new TDiepParseException(INVALID_VALUE, "SLuong is not a number");
        }
        if (count < 0) {
            throw new TDiepParseException(INVALID_VALUE, "SLuong is negative");
        }
        return new Header(version, sender, receiver, type, id, referenced, taxCode, count);
    }

    private static PartyCode party(Element t, String name) throws TDiepParseException {
        String value = required(t, name);
        if (!PartyCode.isWellFormed(value)) {
            throw new TDiepParseException(INVALID_VALUE, name + " is not a party code");
        }
        return new PartyCode(value);
    }

    private static Optional<MessageId> messageId(Element t, String name) throws TDiepParseException {
        Optional<String> value = XmlText.childText(t, name);
        if (value.isPresent() && !MessageId.isWellFormed(value.get())) {
            throw new TDiepParseException(INVALID_VALUE, name + " is not a message id");
        }
        return value.map(MessageId::new);
    }

    private static String required(Element t, String name) throws TDiepParseException {
        return XmlText.childText(t, name).orElseThrow(() -> missing(name));
    }

    private static TDiepParseException missing(String name) {
        return new TDiepParseException(MISSING_ELEMENT, name + " missing");
    }

    /**
     * Cuts the element's content out of the input bytes and proves the cut right: parsed again, it
     * must have the same text and element count as the parser's view of that element.
     */
    private static byte[] verbatimContent(byte[] xml, String name, Element parsed) throws TDiepParseException {
        byte[] content = RawXml.outermostContent(xml, name)
                .orElseThrow(() -> new TDiepParseException(WRONG_STRUCTURE, name + " cannot be located"));
        byte[] wrapped = new byte[content.length + 7];
        System.arraycopy(XmlText.utf8("<w>"), 0, wrapped, 0, 3);
        System.arraycopy(content, 0, wrapped, 3, content.length);
        System.arraycopy(XmlText.utf8("</w>"), 0, wrapped, 3 + content.length, 4);
        Element reparsed;
        try {
            reparsed = NetworkXml.parse(wrapped).getDocumentElement();
        } catch (TDiepParseException e) {
            throw new TDiepParseException(WRONG_STRUCTURE, name + " content is not self-contained", e);
        }
        boolean same = reparsed.getTextContent().equals(parsed.getTextContent())
                && XmlText.descendants(reparsed, "*").size()
                        == XmlText.descendants(parsed, "*").size();
        if (!same) {
            throw new TDiepParseException(WRONG_STRUCTURE, name + " content is ambiguous");
        }
        return content;
    }
}
