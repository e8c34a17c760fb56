package vn.counterdesk.invoice.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InvoiceQrPayloadTest {

    /** Decision 1271 Annex XIII example, without its four CRC digits. */
    private static final String OFFICIAL_WITHOUT_CRC = "00020101021202142657895426548904141568265489515426280010A00000"
            + "07750110010700172952045499530370454061200005802VN5905DNXYZ6005HANOI62400115S757CK5HTIE918E0307SHOPXYZ"
            + "0706XYZ00199740010A00000077501130107001729001020110306C21TYY04026805082021112106061200006304";

    @Test
    void crc_matches_the_standard_check_value_and_the_official_example() {
        assertThat(Crc16CcittFalse.of("123456789".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(0x29B1);
        assertThat(Crc16CcittFalse.hex(OFFICIAL_WITHOUT_CRC)).isEqualTo("383C");
    }

    @Test
    void lookup_payload_carries_the_einvoice_template_and_a_valid_crc() throws Exception {
        byte[] xml = SampleInvoice.withLines(1, "Mười một nghìn đồng.").signed();
        PrintableInvoice invoice = new PrintableInvoiceReader(java.time.Clock.systemUTC()).read(xml);

        String payload = InvoiceQrPayload.of(invoice);

        String template =
                "0010A000000775" + "01100312345678" + "02011" + "0306C25TAA" + "0403123" + "050820250715" + "060511000";
        String body = "000201" + "99" + template.length() + template + "6304";
        assertThat(payload).isEqualTo(body + Crc16CcittFalse.hex(body));
        assertThat(payload.length()).isLessThanOrEqualTo(512);
    }

    @Test
    void the_xml_qr_payload_wins_when_present() throws Exception {
        byte[] xml = SampleInvoice.withLines(1, "Mười một nghìn đồng.")
                .qrCode("MST|0312345678|1|C25TAA|123")
                .signed();
        PrintableInvoice invoice = new PrintableInvoiceReader(java.time.Clock.systemUTC()).read(xml);

        assertThat(InvoiceQrPayload.of(invoice)).isEqualTo("MST|0312345678|1|C25TAA|123");
    }
}
