package vn.counterdesk.invoice.pdf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The QR payload printed on the invoice: the XML's own {@code DLQRCode} when present, otherwise an
 * EMVCo-style string with the e-invoice template (tag 99) of Decision 1271 Annex XIII and the
 * CRC (tag 63). Sub-field meanings of tag 99 are inferred from the official example (spec §11.2).
 */
public final class InvoiceQrPayload {

    /** GUID of the e-invoice template in the official example. */
    static final String EINVOICE_GUID = "A000000775";

    static final int MAX_LENGTH = 512;

    private InvoiceQrPayload() {}

    public static String of(PrintableInvoice invoice) {
        return invoice.qrCodeFromXml().orElseGet(() -> lookupPayload(invoice));
    }

    static String lookupPayload(PrintableInvoice invoice) {
        var heading = invoice.heading();
        String template = new Tlv()
                .add("00", EINVOICE_GUID)
                .add("01", invoice.seller().taxCode().map(mst -> mst.replace("-", "")))
                .add("02", heading.formDigit())
                .add("03", heading.symbol())
                .add("04", heading.number())
                .add("05", heading.issueDate().format(DateTimeFormatter.BASIC_ISO_DATE))
                .add("06", canonical(invoice.totals().payable()))
                .toString();
        String withoutCrc = new Tlv().add("00", "01").add("99", template) + "6304";
        String payload = withoutCrc + Crc16CcittFalse.hex(withoutCrc);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new IllegalStateException("QR payload longer than " + MAX_LENGTH);
        }
        return payload;
    }

    private static String canonical(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** ID ‖ two-digit length ‖ value; empty values are omitted (EMVCo data objects hold 1–99 characters). */
    private static final class Tlv {
        private final StringBuilder out = new StringBuilder();

        Tlv add(String id, Optional<String> value) {
            return value.map(v -> add(id, v)).orElse(this);
        }

        Tlv add(String id, String value) {
            if (value.length() > 99) {
                // format limits (MST 14, symbol 6, number 8 …) keep every value far below this
                throw new IllegalArgumentException("QR data object " + id + " longer than 99 characters");
            }
            if (!value.isEmpty()) {
                out.append(id).append("%02d".formatted(value.length())).append(value);
            }
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
