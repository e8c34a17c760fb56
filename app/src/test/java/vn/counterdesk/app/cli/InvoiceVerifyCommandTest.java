package vn.counterdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.counterdesk.app.CounterDeskCommand;
import vn.counterdesk.invoice.InvoiceBuilder;
import vn.counterdesk.invoice.model.Buyer;
import vn.counterdesk.invoice.model.GeneralInfo;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.Seller;
import vn.counterdesk.invoice.model.TaxRate;
import vn.counterdesk.invoice.sign.InvoiceSigner;
import vn.counterdesk.invoice.sign.SignatureRole;
import vn.counterdesk.invoice.sign.SigningCredential;
import vn.counterdesk.invoice.xml.InvoiceXmlWriter;

/** The command as a script sees it: real files, exit codes and the JSON contract. */
class InvoiceVerifyCommandTest {

    static String signed;

    @TempDir
    Path dir;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeAll
    static void signAnInvoice() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        var subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.CN, "CÔNG TY TNHH QUẦY GIAO DỊCH")
                .addRDN(BCStyle.UID, "MST:0312345678")
                .build();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                subject,
                                BigInteger.ONE,
                                Date.from(now.minus(1, ChronoUnit.DAYS)),
                                Date.from(now.plus(365, ChronoUnit.DAYS)),
                                subject,
                                keys.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        var invoice = new InvoiceBuilder(GeneralInfo.of(
                                "Hóa đơn giá trị gia tăng",
                                "1",
                                "C26TAA",
                                LocalDate.of(2026, 11, 27),
                                "TM/CK",
                                "0107001731")
                        .withNumber(15))
                .seller(Seller.of("Công ty TNHH Quầy Giao Dịch", "0312345678", "12 Lê Lợi, TP Hồ Chí Minh"))
                .buyer(Buyer.individual("Nguyễn Văn An", "001086012345"))
                .line(LineItem.goods(
                        "Dịch vụ chứng thực", "lần", new BigDecimal("3"), new BigDecimal("40000"), TaxRate.TEN))
                .build();
        byte[] xml = new InvoiceSigner(Clock.fixed(now, ZoneOffset.UTC))
                .sign(
                        InvoiceXmlWriter.current().write(invoice),
                        new SigningCredential(keys.getPrivate(), certificate, Optional.empty()),
                        SignatureRole.SELLER);
        signed = new String(xml, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new CounterDeskCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path file(String content) throws Exception {
        return Files.writeString(dir.resolve("invoice.xml"), content, StandardCharsets.UTF_8);
    }

    private JsonNode json() throws Exception {
        return Json.mapper().readTree(out.toString());
    }

    @Test
    void aValidInvoiceVerifiesWithTheContractedJson() throws Exception {
        int exit = run("invoice", "verify", file(signed).toString(), "--json");

        assertThat(exit).isEqualTo(ExitCode.SUCCESS);
        JsonNode root = json();
        JsonNode invoice = root.get("invoice");
        assertThat(invoice.get("form").asText()).isEqualTo("1");
        assertThat(invoice.get("symbol").asText()).isEqualTo("C26TAA");
        assertThat(invoice.get("number").asLong()).isEqualTo(15);
        assertThat(invoice.get("date").asText()).isEqualTo("2026-11-27");
        assertThat(invoice.get("sellerTaxCode").asText()).isEqualTo("0312345678");
        assertThat(invoice.get("buyerIdNumber").asText()).isEqualTo("001086012345");
        assertThat(invoice.has("buyerTaxCode")).as("absent fields are omitted").isFalse();
        assertThat(invoice.has("taxAuthorityCode")).isFalse();
        assertThat(invoice.get("totalBeforeTax").decimalValue()).isEqualByComparingTo("120000");
        assertThat(invoice.get("totalTax").decimalValue()).isEqualByComparingTo("12000");
        assertThat(invoice.get("totalPayable").toString()).isEqualTo("132000");
        assertThat(invoice.get("amountInWords").asText()).isEqualTo("Một trăm ba mươi hai nghìn đồng");
        JsonNode signature = root.get("signatures").get(0);
        assertThat(signature.get("role").asText()).isEqualTo("seller");
        assertThat(signature.get("valid").asBoolean()).isTrue();
        assertThat(signature.get("signer").asText()).isEqualTo("CÔNG TY TNHH QUẦY GIAO DỊCH");
        assertThat(signature.get("signingTime").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
        assertThat(root.get("problems")).isEmpty();
    }

    @Test
    void aTDiepHoldingTheInvoiceIsAccepted() throws Exception {
        String message = "<TDiep><TTChung><PBan>2.1.0</PBan><MLTDiep>200</MLTDiep></TTChung><DLieu>"
                + signed.replaceFirst("<\\?xml[^>]*\\?>", "") + "</DLieu></TDiep>";

        assertThat(run("invoice", "verify", file(message).toString(), "--json")).isEqualTo(ExitCode.SUCCESS);
        assertThat(json().get("signatures").get(0).get("valid").asBoolean()).isTrue();
    }

    @Test
    void aTamperedInvoiceExitsFiveAndSaysWhy() throws Exception {
        String tampered = signed.replace("<SLuong>3</SLuong>", "<SLuong>4</SLuong>");

        int exit = run("invoice", "verify", file(tampered).toString(), "--json");

        assertThat(exit).isEqualTo(ExitCode.VERIFICATION_FAILED);
        JsonNode root = json();
        assertThat(root.get("signatures").get(0).get("valid").asBoolean()).isFalse();
        assertThat(root.get("problems").toString())
                .contains("SIGNATURE_INVALID")
                .contains("was changed after signing");
        assertThat(root.get("problems").toString())
                .contains("LINE_AMOUNT_MISMATCH")
                .contains("WARNING");
    }

    @Test
    void aStatedTotalThatDisagreesIsAWarningOnly() throws Exception {
        // Unsigned, so the amounts can be edited: the warning is what is tested, the missing signature exits 5.
        String unsigned = signed.substring(0, signed.indexOf("<Signature "))
                + signed.substring(signed.indexOf("</Signature>") + 12);
        String wrongTax = unsigned.replace("<TgTThue>12000</TgTThue>", "<TgTThue>12500</TgTThue>");

        int exit = run("invoice", "verify", file(wrongTax).toString(), "--json");

        assertThat(exit).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(json().get("problems").toString())
                .contains("{\"severity\":\"WARNING\",\"code\":\"TOTAL_TAX_MISMATCH\"")
                .contains("SELLER_SIGNATURE_MISSING");
    }

    @Test
    void brokenXmlExitsTwoAndNamesTheProblem() throws Exception {
        int exit = run("invoice", "verify", file("<HDon><DLHDon>").toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("not well-formed XML");
    }

    @Test
    void aMissingFileExitsTwoWithJson() throws Exception {
        int exit = run("invoice", "verify", dir.resolve("nope.xml").toString(), "--json");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(json().get("problems").get(0).get("message").asText()).contains("file not found");
    }

    @Test
    void humanReadableOutputNamesTheVerdict() throws Exception {
        assertThat(run("invoice", "verify", file(signed).toString())).isEqualTo(ExitCode.SUCCESS);
        assertThat(out.toString()).contains("seller").contains("VALID").contains("Verified.");
    }
}
