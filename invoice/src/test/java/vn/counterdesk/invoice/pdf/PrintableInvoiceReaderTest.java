package vn.counterdesk.invoice.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.counterdesk.invoice.xml.InvoiceParseException;

class PrintableInvoiceReaderTest {

    private final PrintableInvoiceReader reader = new PrintableInvoiceReader(java.time.Clock.systemUTC());

    @Test
    void reads_heading_parties_lines_totals_and_signer() throws Exception {
        PrintableInvoice invoice = reader.read(
                SampleInvoice.withLines(30, "Ba trăm hai mươi bảy nghìn đồng.").signed());

        assertThat(invoice.heading().symbol()).isEqualTo("C25TAA");
        assertThat(invoice.buyer().idNumber()).contains(SampleInvoice.BUYER_CCCD);
        assertThat(invoice.lines()).hasSize(30);
        assertThat(invoice.rateSummaries())
                .extracting(PrintableInvoice.RateSummary::vatRate)
                .containsExactly("10%", "8%");
        assertThat(invoice.totals().payable()).isEqualByComparingTo("327000");
        assertThat(invoice.sellerSignature().signer()).contains(TestSigner.SIGNER_CN);
        assertThat(invoice.sellerSignature().status()).isEqualTo(SignatureStatus.VALID);
        assertThat(invoice.sellerSignature().signingTime())
                .contains(java.time.LocalDateTime.parse("2025-07-15T09:41:27"));
        assertThat(invoice.isCashRegisterInvoice()).isFalse();
    }

    @Test
    void unsigned_invoices_say_so() throws Exception {
        byte[] unsigned = SampleInvoice.serialise(
                SampleInvoice.withLines(1, "Mười một nghìn đồng.").document());

        assertThat(reader.read(unsigned).sellerSignature().status()).isEqualTo(SignatureStatus.ABSENT);
    }

    @Test
    void malformed_input_is_a_typed_error_naming_the_problem() {
        assertThatThrownBy(() -> reader.read("<HDon><DLHDon>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvoiceParseException.class)
                .hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> reader.read("<Other/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvoiceParseException.class)
                .hasMessageContaining("HDon");
        assertThatThrownBy(
                        () -> reader.read("<HDon><DLHDon><TTChung/></DLHDon></HDon>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvoiceParseException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void a_doctype_is_refused_so_no_entity_can_reach_the_file_system() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE HDon [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<HDon>&x;</HDon>";

        assertThatThrownBy(() -> reader.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvoiceParseException.class);
    }

    @Test
    void a_number_that_is_not_a_number_is_reported_by_field() throws Exception {
        String xml = new String(SampleInvoice.withLines(1, "x").signed(), StandardCharsets.UTF_8)
                .replace("<TgTTTBSo>11000</TgTTTBSo>", "<TgTTTBSo>11,000</TgTTTBSo>");

        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvoiceParseException.class)
                .hasMessageContaining("TgTTTBSo");
    }
}
