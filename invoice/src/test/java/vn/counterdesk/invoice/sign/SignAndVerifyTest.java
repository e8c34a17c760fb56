package vn.counterdesk.invoice.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.invoice.format.FormatDefinitions;
import vn.counterdesk.invoice.testing.SampleInvoices;
import vn.counterdesk.invoice.testing.TestPki;
import vn.counterdesk.invoice.validation.Problem;
import vn.counterdesk.invoice.xml.InvoiceParseException;
import vn.counterdesk.invoice.xml.InvoiceSchema;
import vn.counterdesk.invoice.xml.InvoiceXmlReader;
import vn.counterdesk.invoice.xml.InvoiceXmlWriter;

class SignAndVerifyTest {

    static final Instant NOW = Instant.parse("2026-11-27T06:30:15Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final int SAMPLES = Integer.getInteger("invoice.tamper.samples", 300);

    static SigningCredential seller;
    static byte[] unsigned;
    static String signed;

    final InvoiceXmlReader reader = new InvoiceXmlReader();
    final InvoiceVerifier verifier = new InvoiceVerifier(CLOCK);

    @BeforeAll
    static void signOnce() throws Exception {
        seller = TestPki.seller("CÔNG TY TNHH DỊCH VỤ QUẦY GIAO DỊCH", SampleInvoices.SELLER_TAX_CODE);
        unsigned = InvoiceXmlWriter.current().write(SampleInvoices.oneRate());
        signed = new String(
                new InvoiceSigner(CLOCK).sign(unsigned, seller, SignatureRole.SELLER), StandardCharsets.UTF_8);
    }

    VerificationReport verify(String xml) throws InvoiceParseException {
        return verifier.verify(reader.read(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSignedInvoiceVerifiesWithSignerAndSigningTime() throws Exception {
        VerificationReport report = verify(signed);

        assertThat(report.problems()).isEmpty();
        assertThat(report.verified()).isTrue();
        SignatureCheck check = report.seller().orElseThrow();
        assertThat(check.valid()).isTrue();
        assertThat(check.signer()).contains("CÔNG TY TNHH DỊCH VỤ QUẦY GIAO DỊCH");
        assertThat(check.signingTime()).contains(LocalDateTime.parse("2026-11-27T13:30:15"));
    }

    @Test
    void theSignatureFollowsTheProfileAndTheResultStillValidates() {
        assertThat(signed)
                .contains("<DSCKS><NBan><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\" Id=\"NBan-")
                .contains("<CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>")
                .contains("Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"")
                .contains("Type=\"http://www.w3.org/2000/09/xmldsig#SignatureProperties\" URI=\"#SigningTime-")
                .contains("<X509SubjectName>")
                .contains("<X509Certificate>")
                .contains("<SigningTime>2026-11-27T13:30:15</SigningTime>")
                .containsPattern("<Reference URI=\"#DLHDon-[0-9A-F]{32}\"><Transforms><Transform "
                        + "Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/>");
        assertThat(signed).containsPattern("<SignatureProperty Target=\"#NBan-[0-9A-F]{32}\">");
        assertThat(InvoiceSchema.of(FormatDefinitions.V2_1_0)
                        .orElseThrow()
                        .validate(signed.getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    /**
     * Property over positions: a seeded sample of every kind of character in DLHDon (tags, attribute, Vietnamese
     * text, digits). {@code -Dinvoice.tamper.seed=N} replays another sample; the whole range takes ~30 s.
     */
    @Test
    void changingAnyCharacterOfDlhdonFailsTheInvoice() {
        int start = signed.indexOf("<DLHDon");
        int end = signed.indexOf("</DLHDon>") + "</DLHDon>".length();
        long seed = Long.getLong("invoice.tamper.seed", 20261127L);
        int[] positions = new java.util.Random(seed).ints(SAMPLES, start, end).toArray();
        for (int i : positions) {
            char replacement = replacementFor(signed.charAt(i));
            String tampered = signed.substring(0, i) + replacement + signed.substring(i + 1);
            assertThat(rejected(tampered))
                    .as("position %d ('%s' -> '%s')", i, signed.charAt(i), replacement)
                    .isTrue();
        }
    }

    @Test
    void changingAnyCharacterOfTheSigningTimeFailsTheSignature() throws Exception {
        int start = signed.indexOf("<SigningTime>") + "<SigningTime>".length();
        int end = signed.indexOf("</SigningTime>");
        for (int i = start; i < end; i++) {
            char original = signed.charAt(i);
            char replacement = Character.isDigit(original) ? (char) ('0' + (original - '0' + 1) % 10) : 'X';
            String tampered = signed.substring(0, i) + replacement + signed.substring(i + 1);
            SignatureCheck check = verify(tampered).seller().orElseThrow();
            assertThat(check.valid()).as("position %d", i).isFalse();
            assertThat(check.failures()).anyMatch(f -> f.contains("signing time was changed"));
        }
    }

    /** Tampering is caught when the XML stops being an invoice or the seller signature stops verifying. */
    private boolean rejected(String tampered) {
        try {
            return !verify(tampered).verified();
        } catch (InvoiceParseException e) {
            return true;
        }
    }

    // Replace with a letter or digit different from the original: whitespace changes inside tags are not content.
    private static char replacementFor(char c) {
        if (Character.isDigit(c)) {
            return (char) ('0' + (c - '0' + 1) % 10);
        }
        return c == 'x' ? 'y' : 'x';
    }

    @Test
    void aSignatureMovedOutOfDscksIsDetected() throws Exception {
        int sigStart = signed.indexOf("<Signature ");
        int sigEnd = signed.indexOf("</Signature>") + "</Signature>".length();
        String signature = signed.substring(sigStart, sigEnd);
        String moved = (signed.substring(0, sigStart) + signed.substring(sigEnd))
                .replace("<DLQRCode>", "")
                .replace("<DSCKS>", signature + "<DSCKS>");

        VerificationReport report = verify(moved);

        assertThat(report.verified()).isFalse();
        assertThat(report.problems())
                .extracting(Problem::code)
                .contains("SIGNATURE_MISPLACED", "SELLER_SIGNATURE_MISSING");
    }

    @Test
    void aSignatureMovedToAnotherInvoiceDoesNotVerifyIt() throws Exception {
        String other =
                new String(InvoiceXmlWriter.current().write(SampleInvoices.mixedRates()), StandardCharsets.UTF_8);
        String signature = signed.substring(signed.indexOf("<Signature "), signed.indexOf("</Signature>") + 12);
        String grafted = other.replace("<NBan/>", "<NBan>" + signature + "</NBan>")
                .replace("<DSCKS><NBan></NBan>", "<DSCKS><NBan>" + signature + "</NBan>");

        SignatureCheck check = verify(grafted).seller().orElseThrow();

        assertThat(check.valid()).isFalse();
        assertThat(check.failures()).anyMatch(f -> f.contains("names no element"));
    }

    @Test
    void aWrappedCopyOfTheSignedDataWithTheSameIdIsDetected() throws Exception {
        String data = signed.substring(signed.indexOf("<DLHDon"), signed.indexOf("</DLHDon>") + 9);
        // Attacker keeps the signed original hidden in TTKhac of the seller slot and edits the visible invoice.
        String forged = signed.replace("<SDThoai>02838221234</SDThoai>", "<SDThoai>02838229999</SDThoai>")
                .replace("<TgTTTBSo>132000</TgTTTBSo>", "<TgTTTBSo>13200</TgTTTBSo>");
        forged = forged.replace("<DSCKS>", "<DSCKS><CCKSKhac>" + data + "</CCKSKhac>");

        VerificationReport report = verify(forged);

        assertThat(report.verified()).isFalse();
        assertThat(report.problems()).extracting(Problem::code).contains("DUPLICATE_ID");
        assertThat(report.seller().orElseThrow().failures()).anyMatch(f -> f.contains("ambiguous"));
    }

    @Test
    void aReferenceRetargetedToAWrappedOriginalIsRejected() throws Exception {
        String data = signed.substring(signed.indexOf("<DLHDon"), signed.indexOf("</DLHDon>") + 9);
        String id = data.substring(data.indexOf("Id=\"") + 4, data.indexOf('"', data.indexOf("Id=\"") + 4));
        // The visible DLHDon gets a new Id and new content; the original (with the signed Id) is parked elsewhere.
        String visible =
                data.replace(id, "DLHDon-FORGED").replace("<TgTTTBSo>132000</TgTTTBSo>", "<TgTTTBSo>1</TgTTTBSo>");
        String forged = signed.replace(data, visible)
                .replace("<DSCKS>", "<DLQRCode>x</DLQRCode><DSCKS><CCKSKhac>" + data + "</CCKSKhac>");

        SignatureCheck check = verify(forged).seller().orElseThrow();

        assertThat(check.valid()).isFalse();
        assertThat(check.failures()).anyMatch(f -> f.contains("which is not this invoice's DLHDon"));
    }

    @Test
    void aCertificateThatDoesNotMatchX509SubjectNameFails() throws Exception {
        String name = signed.substring(signed.indexOf("<X509SubjectName>") + 17, signed.indexOf("</X509SubjectName>"));
        String altered = signed.replace(name, name.replace("MST:" + SampleInvoices.SELLER_TAX_CODE, "MST:0100000000"));

        SignatureCheck check = verify(altered).seller().orElseThrow();

        assertThat(check.valid()).isFalse();
        assertThat(check.failures()).contains("X509SubjectName does not match the X509Certificate");
    }

    @Test
    void anotherKeyUnderTheSameNameFails() throws Exception {
        SigningCredential impostor =
                TestPki.seller("CÔNG TY TNHH DỊCH VỤ QUẦY GIAO DỊCH", SampleInvoices.SELLER_TAX_CODE);
        String impostorSigned = new String(
                new InvoiceSigner(CLOCK).sign(unsigned, impostor, SignatureRole.SELLER), StandardCharsets.UTF_8);
        String certificate = between(impostorSigned, "<X509Certificate>", "</X509Certificate>");
        String swapped = signed.replace(between(signed, "<X509Certificate>", "</X509Certificate>"), certificate);

        SignatureCheck check = verify(swapped).seller().orElseThrow();

        assertThat(check.valid()).isFalse();
        assertThat(check.failures()).anyMatch(f -> f.contains("signature value does not match"));
    }

    @Test
    void aCertificateExpiredAtTheSigningTimeFails() throws Exception {
        var keys = TestPki.rsaKeys();
        var expired = TestPki.certificate(
                TestPki.sellerName("Old key", SampleInvoices.SELLER_TAX_CODE),
                keys.getPublic(),
                NOW.minus(Duration.ofDays(400)),
                Duration.ofDays(365));
        byte[] xml = new InvoiceSigner(CLOCK)
                .sign(
                        unsigned,
                        new SigningCredential(keys.getPrivate(), expired, Optional.empty()),
                        SignatureRole.SELLER);

        SignatureCheck check = verifier.verify(reader.read(xml)).seller().orElseThrow();

        assertThat(check.valid()).isFalse();
        assertThat(check.failures()).contains("the certificate was not valid at the signing time");
    }

    @Test
    void aSellerCertificateForAnotherTaxCodeIsWarned() throws Exception {
        SigningCredential stranger = TestPki.seller("Another company", "0109999999");
        byte[] xml = new InvoiceSigner(CLOCK).sign(unsigned, stranger, SignatureRole.SELLER);

        VerificationReport report = verifier.verify(reader.read(xml));

        assertThat(report.seller().orElseThrow().valid()).isTrue();
        assertThat(report.problems()).extracting(Problem::code).containsExactly("SIGNER_TAX_CODE_MISMATCH");
    }

    @Test
    void everySignaturePresentIsVerifiedWithItsRole() throws Exception {
        SigningCredential buyer = TestPki.seller("NGUYEN VAN AN", "001086012345");
        byte[] both = new InvoiceSigner(CLOCK.withZone(ZoneOffset.UTC))
                .sign(signed.getBytes(StandardCharsets.UTF_8), buyer, SignatureRole.BUYER);

        VerificationReport report = verifier.verify(reader.read(both));

        assertThat(report.signatures())
                .extracting(SignatureCheck::role, SignatureCheck::valid)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SignatureRole.SELLER, true),
                        org.assertj.core.groups.Tuple.tuple(SignatureRole.BUYER, true));
        assertThat(report.verified()).isTrue();
    }

    @Test
    void anUnsignedInvoiceHasNoSellerSignature() throws Exception {
        VerificationReport report = verifier.verify(reader.read(unsigned));

        assertThat(report.verified()).isFalse();
        assertThat(report.signatures()).isEmpty();
        assertThat(report.problems()).extracting(Problem::code).containsExactly("SELLER_SIGNATURE_MISSING");
    }

    @Test
    void signsWithAPkcs12FileAndRefusesAWrongPassword(@TempDir Path dir) throws Exception {
        Path file = TestPki.pkcs12(seller, dir.resolve("seller.p12"), "s3cret".toCharArray());
        byte[] xml;
        try (Pkcs12Signer signer = Pkcs12Signer.open(file, PinSource.of("s3cret".toCharArray()), Optional.empty())) {
            xml = new InvoiceSigner(CLOCK).sign(unsigned, signer);
        }
        assertThat(verifier.verify(reader.read(xml)).verified()).isTrue();

        assertThatThrownBy(() -> Pkcs12Signer.open(file, PinSource.of("wrong".toCharArray()), Optional.empty()))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("password");
    }

    private static String between(String s, String open, String close) {
        return s.substring(s.indexOf(open) + open.length(), s.indexOf(close));
    }
}
