package vn.counterdesk.invoice.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.OtherInfo;
import vn.counterdesk.invoice.model.TaxRate;
import vn.counterdesk.invoice.money.ConsistencyChecker;
import vn.counterdesk.invoice.testing.SampleInvoices;

class InvoiceXmlReaderTest {

    private final InvoiceXmlReader reader = new InvoiceXmlReader();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = InvoiceXmlReaderTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsALegacyInvoiceInAnyOrderWithTrailingZerosAndForeignFields() throws Exception {
        ReadInvoice read = reader.read(resource("legacy-2.0.0.xml"));
        Invoice invoice = read.invoice();

        assertThat(read.format().version()).isEqualTo("2.0.0");
        assertThat(invoice.general().number()).contains(68L);
        assertThat(invoice.general().financialLease()).isEmpty();
        assertThat(invoice.general().paymentMethod()).isEmpty();
        assertThat(invoice.seller().taxCode()).isEqualTo("0106324653");
        assertThat(invoice.buyer().taxCode()).contains("0107001729");
        assertThat(invoice.lines().getFirst().taxRate()).contains(TaxRate.TEN);
        assertThat(invoice.lines().getFirst().quantity()).contains(BigDecimal.ONE);
        assertThat(invoice.totals().totalPayable()).isEqualByComparingTo("120000");
        assertThat(invoice.general().otherInfo()).contains(new OtherInfo("FieldOnlyTheirVendorKnows", "numeric", "42"));
        assertThat(invoice.authorityCode().orElseThrow().id()).contains("Id-MCCQT");
        assertThat(read.warnings()).isEmpty();
        assertThat(ConsistencyChecker.standard().check(invoice)).isEmpty();
    }

    @Test
    void readsTheOneInvoiceOfATDiepMessage() throws Exception {
        Invoice invoice = SampleInvoices.oneRate();
        String hdon = new String(InvoiceXmlWriter.current().write(invoice), StandardCharsets.UTF_8)
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "");
        String message = "<TDiep><TTChung><PBan>2.1.0</PBan><MNGui>K0312345678</MNGui><MLTDiep>200</MLTDiep>"
                + "</TTChung><DLieu>" + hdon + "</DLieu></TDiep>";

        assertThat(reader.read(utf8(message)).invoice()).isEqualTo(invoice);

        String two = message.replace("</DLieu>", hdon + "</DLieu>");
        assertThatThrownBy(() -> reader.read(utf8(two)))
                .isInstanceOf(InvoiceParseException.class)
                .hasMessageContaining("holds 2 invoices");
    }

    @Test
    void unknownElementsAreKeptOutButReported() throws Exception {
        String xml = new String(resource("legacy-2.0.0.xml"), StandardCharsets.UTF_8)
                .replace("<DVTinh>Gói</DVTinh>", "<DVTinh>Gói</DVTinh><MauSac>Đỏ</MauSac>");

        ReadInvoice read = reader.read(utf8(xml));

        assertThat(read.warnings()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("UNKNOWN_ELEMENT");
            assertThat(p.xpath()).isEqualTo("/HDon/DLHDon/NDHDon/DSHHDVu/HHDVu/MauSac");
        });
    }

    @Test
    void refusesADoctype() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE HDon [<!ELEMENT HDon ANY>]><HDon/>";

        assertThatThrownBy(() -> reader.read(utf8(xml)))
                .isInstanceOf(InvoiceParseException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesExternalEntities() {
        String xml =
                "<?xml version=\"1.0\"?><!DOCTYPE HDon [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><HDon>&x;</HDon>";

        Throwable thrown = catchThrowable(() -> reader.read(utf8(xml)));

        assertThat(thrown).isInstanceOf(InvoiceParseException.class);
        assertThat(thrown.getMessage()).doesNotContain("root:");
    }

    @Test
    void refusesEntityExpansion() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE HDon [<!ENTITY a \"aaaaaaaaaa\">");
        for (int i = 1; i < 10; i++) {
            xml.append("<!ENTITY ").append((char) ('a' + i)).append(" \"");
            xml.append(("&" + (char) ('a' + i - 1) + ";").repeat(10)).append("\">");
        }
        xml.append("]><HDon>&j;</HDon>");

        assertThatThrownBy(() -> reader.read(utf8(xml.toString()))).isInstanceOf(InvoiceParseException.class);
    }

    @Test
    void refusesMoreThanTwoMegabytes() throws Exception {
        byte[] big = utf8("<HDon>" + "x".repeat(2 * 1024 * 1024) + "</HDon>");

        assertThatThrownBy(() -> reader.read(big))
                .isInstanceOf(InvoiceParseException.class)
                .hasMessageContaining("larger than");
        assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(big)))
                .isInstanceOf(InvoiceParseException.class)
                .hasMessageContaining("larger than");
    }

    @Test
    void namesWhatIsWrong() throws Exception {
        String legacy = new String(resource("legacy-2.0.0.xml"), StandardCharsets.UTF_8);

        assertThat(catchThrowable(() ->
                        reader.read(utf8(legacy.replace("<ThTien>109090.91</ThTien>", "<ThTien>109,090.91</ThTien>")))))
                .isInstanceOf(InvoiceParseException.class)
                .hasMessageContaining("ThTien")
                .extracting(t -> ((InvoiceParseException) t).xpath())
                .isEqualTo("/HDon/DLHDon/NDHDon/DSHHDVu/HHDVu[1]/ThTien");
        assertThatThrownBy(() -> reader.read(utf8(legacy.replace("<PBan>2.0.0</PBan>", "<PBan>3.0.0</PBan>"))))
                .hasMessageContaining("unsupported format version 3.0.0");
        assertThatThrownBy(
                        () -> reader.read(utf8(legacy.replace("<NLap>2021-11-21</NLap>", "<NLap>21/11/2021</NLap>"))))
                .hasMessageContaining("NLap");
        assertThatThrownBy(() -> reader.read(utf8("<Invoice/>"))).hasMessageContaining("root element is Invoice");
        assertThatThrownBy(() -> reader.read(utf8("<HDon><DLHDon"))).hasMessageContaining("not well-formed");
    }

    @Test
    void everyTruncationAndRandomCorruptionEndsInTheTypedErrorOnly() throws Exception {
        byte[] xml = InvoiceXmlWriter.current().write(SampleInvoices.discounts());
        Random random = new Random(7);
        for (int cut = 0; cut < xml.length; cut += 1 + random.nextInt(40)) {
            byte[] truncated = java.util.Arrays.copyOf(xml, cut);
            assertThat(catchThrowable(() -> reader.read(truncated)))
                    .as("cut at %d", cut)
                    .isInstanceOf(InvoiceParseException.class);
        }
        for (int i = 0; i < 150; i++) {
            byte[] corrupted = xml.clone();
            corrupted[random.nextInt(corrupted.length)] = (byte) random.nextInt(256);
            Throwable thrown = catchThrowable(() -> reader.read(corrupted));
            assertThat(thrown)
                    .as("corruption %d", i)
                    .satisfiesAnyOf(
                            t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(InvoiceParseException.class));
        }
    }

    @Test
    void unusedNamespaceDeclarationsOnHDonAreAccepted() throws Exception {
        String xml = new String(InvoiceXmlWriter.current().write(SampleInvoices.oneRate()), StandardCharsets.UTF_8)
                .replace("<HDon>", "<HDon xmlns:inv=\"http://laphoadon.gdt.gov.vn/2014/09/invoicexml/v1\">");

        assertThat(reader.read(utf8(xml)).invoice().totals().totalPayable()).isEqualByComparingTo("132000");
        assertThat(Optional.of(xml)).isPresent();
    }
}
