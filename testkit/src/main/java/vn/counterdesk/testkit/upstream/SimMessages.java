package vn.counterdesk.testkit.upstream;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Writes the simulator's answers (999, 202, 204, 301) as TDiep bytes without XML declaration. */
final class SimMessages {

    static final String TAX_AUTHORITY = "TCT";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final String tvanCode;

    SimMessages(String tvanCode) {
        this.tvanCode = tvanCode;
    }

    static String newMessageId(String sender) {
        UUID uuid = UUID.randomUUID();
        HexFormat hex = HexFormat.of().withUpperCase();
        return sender
                + hex.toHexDigits(uuid.getMostSignificantBits())
                + hex.toHexDigits(uuid.getLeastSignificantBits());
    }

    /** A 34-character tax-authority code, opaque like the real ones. */
    static String newTaxAuthorityCode() {
        return "00" + newMessageId("").substring(0, 32);
    }

    byte[] technicalAck(Envelope to, List<SimError> errors) {
        StringBuilder body = new StringBuilder("<TBao>")
                .append(element("MTDiep", to.messageId()))
                .append(element("MNGui", to.sender()))
                .append(element("NNhan", now()))
                .append(element("TTTNhan", errors.isEmpty() ? "0" : "1"));
        if (!errors.isEmpty()) {
            body.append("<DSLDo>");
            errors.forEach(e -> body.append("<LDo>")
                    .append(element("MLoi", e.code()))
                    .append(element("MTa", e.text()))
                    .append("</LDo>"));
            body.append("</DSLDo>");
        }
        body.append("</TBao>");
        return envelope(tvanCode, to, "999", body.toString());
    }

    byte[] codedInvoice(Envelope to, byte[] codedInvoice) {
        return envelope(TAX_AUTHORITY, to, "202", new String(codedInvoice, StandardCharsets.UTF_8));
    }

    byte[] checkResult(Envelope to, int resultType, List<SimError> errors) {
        StringBuilder body = new StringBuilder("<TBao><DLTBao>")
                .append(element("PBan", "2.1.0"))
                .append(element("MSo", "01/TB-KTDL"))
                .append(element("Ten", "Thông báo về việc kết quả kiểm tra dữ liệu hóa đơn điện tử"))
                .append(element("DDanh", "Hà Nội"))
                .append(element("MST", to.taxCode()))
                .append(element("TGNhan", now()))
                .append(element("LTBao", Integer.toString(resultType)));
        appendErrors(body, errors);
        body.append("</DLTBao></TBao>");
        return envelope(TAX_AUTHORITY, to, "204", body.toString());
    }

    /** 301 (01/TB-SSĐT): {@code TTTNCCQT} 1 = notice accepted, 2 = not accepted (with the reasons). */
    byte[] errorNoticeResult(Envelope to, List<SimError> errors) {
        StringBuilder body = new StringBuilder("<TBao><DLTBao>")
                .append(element("PBan", "2.1.0"))
                .append(element("MSo", "01/TB-SSĐT"))
                .append(element("MST", to.taxCode()))
                .append(element("TTTNCCQT", errors.isEmpty() ? "1" : "2"));
        appendErrors(body, errors);
        body.append("</DLTBao></TBao>");
        return envelope(TAX_AUTHORITY, to, "301", body.toString());
    }

    private static void appendErrors(StringBuilder body, List<SimError> errors) {
        if (!errors.isEmpty()) {
            body.append("<DSLDo>");
            errors.forEach(e -> body.append("<LDo>")
                    .append(element("MLoi", e.code()))
                    .append(element("MTLoi", e.text()))
                    .append(element("HDXLy", e.howToFix()))
                    .append("</LDo>"));
            body.append("</DSLDo>");
        }
    }

    private static byte[] envelope(String sender, Envelope to, String type, String data) {
        String xml = "<TDiep><TTChung>" + element("PBan", "2.1.0") + element("MNGui", sender)
                + element("MNNhan", to.sender()) + element("MLTDiep", type)
                + element("MTDiep", newMessageId(sender)) + element("MTDTChieu", to.messageId())
                + element("MST", to.taxCode()) + element("SLuong", "1") + "</TTChung><DLieu>" + data
                + "</DLieu></TDiep>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static String element(String name, String value) {
        return "<" + name + ">" + escape(value) + "</" + name + ">";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String now() {
        return LocalDateTime.now(ZoneOffset.ofHours(7))
                .truncatedTo(ChronoUnit.SECONDS)
                .format(DATE_TIME);
    }
}
