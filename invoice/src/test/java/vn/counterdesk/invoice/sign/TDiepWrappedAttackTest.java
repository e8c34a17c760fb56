package vn.counterdesk.invoice.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.counterdesk.invoice.testing.SampleInvoices;
import vn.counterdesk.invoice.testing.TestPki;
import vn.counterdesk.invoice.validation.Problem;
import vn.counterdesk.invoice.xml.InvoiceParseException;
import vn.counterdesk.invoice.xml.InvoiceXmlReader;
import vn.counterdesk.invoice.xml.InvoiceXmlWriter;

/**
 * {@code invoice verify} also takes a whole {@code TDiep} message. The attacks of {@link SignAndVerifyTest} and
 * {@code InvoiceXmlReaderTest}, delivered inside an envelope, must be refused the same way.
 */
class TDiepWrappedAttackTest {

    private static String signed;
    private final InvoiceXmlReader reader = new InvoiceXmlReader();
    private final InvoiceVerifier verifier = new InvoiceVerifier(SignAndVerifyTest.CLOCK);

    @BeforeAll
    static void signOnce() throws Exception {
        SigningCredential seller =
                TestPki.seller("CÔNG TY TNHH DỊCH VỤ QUẦY GIAO DỊCH", SampleInvoices.SELLER_TAX_CODE);
        byte[] unsigned = InvoiceXmlWriter.current().write(SampleInvoices.oneRate());
        signed = new String(
                new InvoiceSigner(SignAndVerifyTest.CLOCK).sign(unsigned, seller, SignatureRole.SELLER),
                StandardCharsets.UTF_8);
    }

    private static String envelope(String prolog, String data) {
        return prolog + "<TDiep><TTChung><PBan>2.1.0</PBan><MNGui>V0100000000</MNGui><MNNhan>TCT</MNNhan>"
                + "<MLTDiep>200</MLTDiep><MTDiep>V01000000000123456789ABCDEF0123456789ABCDEF</MTDiep>"
                + "<MST>0100000001</MST><SLuong>1</SLuong></TTChung><DLieu>" + data + "</DLieu></TDiep>";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String hdon(String invoice) {
        return invoice.substring(invoice.indexOf("<HDon"));
    }

    private VerificationReport verify(String xml) throws InvoiceParseException {
        return verifier.verify(reader.read(utf8(xml)));
    }

    @Test
    void theGenuineInvoiceVerifiesInsideItsEnvelope() throws Exception {
        assertThat(verify(envelope("", hdon(signed))).verified()).isTrue();
    }

    @Test
    void anExternalEntityInTheEnvelopeIsRefused() {
        String xxe = envelope("<!DOCTYPE TDiep [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "<HDon>&x;</HDon>");

        InvoiceParseException refused = catchThrowableOfType(InvoiceParseException.class, () -> verify(xxe));

        assertThat(refused).hasMessageContaining("DOCTYPE");
        assertThat(refused.getMessage()).doesNotContain("root:");
    }

    @Test
    void entityExpansionInTheEnvelopeIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE TDiep [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a")
                    .append(i)
                    .append(" \"")
                    .append(("&a" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String bomb = envelope(dtd + "]>", "<HDon>&a9;</HDon>");

        assertThat(catchThrowableOfType(InvoiceParseException.class, () -> verify(bomb)))
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void anEnvelopeOverTwoMegabytesIsRefused() {
        String big = envelope("", hdon(signed).replace("</HDon>", "<X>" + "x".repeat(2 * 1024 * 1024) + "</X></HDon>"));

        assertThat(catchThrowableOfType(InvoiceParseException.class, () -> verify(big)))
                .hasMessageContaining("larger than");
    }

    @Test
    void aSecondInvoiceSmuggledIntoTheEnvelopeIsRefused() {
        String two = envelope("", hdon(signed) + hdon(signed));

        assertThat(catchThrowableOfType(InvoiceParseException.class, () -> verify(two)))
                .hasMessageContaining("exactly one expected");
    }

    @Test
    void aWrappedCopyOfTheSignedDataInsideTheEnvelopeIsDetected() throws Exception {
        String data = signed.substring(signed.indexOf("<DLHDon"), signed.indexOf("</DLHDon>") + 9);
        String forged = hdon(signed)
                .replace("<TgTTTBSo>132000</TgTTTBSo>", "<TgTTTBSo>13200</TgTTTBSo>")
                .replace("<DSCKS>", "<DSCKS><CCKSKhac>" + data + "</CCKSKhac>");

        VerificationReport report = verify(envelope("", forged));

        assertThat(report.verified()).isFalse();
        assertThat(report.problems()).extracting(Problem::code).contains("DUPLICATE_ID");
    }

    @Test
    void aCertificateThatDoesNotMatchTheSubjectNameFailsInsideTheEnvelope() throws Exception {
        String name = signed.substring(signed.indexOf("<X509SubjectName>") + 17, signed.indexOf("</X509SubjectName>"));
        String altered =
                hdon(signed).replace(name, name.replace("MST:" + SampleInvoices.SELLER_TAX_CODE, "MST:0100000000"));

        SignatureCheck check = verify(envelope("", altered)).seller().orElseThrow();

        assertThat(check.valid()).isFalse();
        assertThat(check.failures()).contains("X509SubjectName does not match the X509Certificate");
    }
}
