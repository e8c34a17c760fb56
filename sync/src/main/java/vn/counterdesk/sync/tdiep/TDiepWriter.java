package vn.counterdesk.sync.tdiep;

import java.io.ByteArrayOutputStream;

/**
 * Serialises a {@link TDiep}: the header is written element by element without whitespace between
 * tags; the payload bytes are copied verbatim into {@code DLieu} (minus any XML declaration).
 */
public final class TDiepWriter {

    private TDiepWriter() {}

    public static byte[] write(TDiep message) {
        Header h = message.header();
        StringBuilder head =
                new StringBuilder(512).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><TDiep><TTChung>");
        element(head, "PBan", h.version());
        element(head, "MNGui", h.sender().value());
        element(head, "MNNhan", h.receiver().value());
        element(head, "MLTDiep", h.type().code());
        element(head, "MTDiep", h.id().value());
        h.referencedId().ifPresent(ref -> element(head, "MTDTChieu", ref.value()));
        element(head, "MST", h.taxCode());
        element(head, "SLuong", Integer.toString(h.count()));
        head.append("</TTChung><DLieu>");

        ByteArrayOutputStream out = new ByteArrayOutputStream(message.payload().length + 1024);
        out.writeBytes(XmlText.utf8(head.toString()));
        out.writeBytes(XmlText.stripProlog(message.payload()));
        out.writeBytes(XmlText.utf8("</DLieu>"));
        message.sellerSignature().ifPresent(signature -> {
            out.writeBytes(XmlText.utf8("<CKSNNT>"));
            out.writeBytes(XmlText.stripProlog(signature));
            out.writeBytes(XmlText.utf8("</CKSNNT>"));
        });
        out.writeBytes(XmlText.utf8("</TDiep>"));
        return out.toByteArray();
    }

    private static void element(StringBuilder out, String name, String value) {
        out.append('<')
                .append(name)
                .append('>')
                .append(XmlText.escape(value))
                .append("</")
                .append(name)
                .append('>');
    }
}
