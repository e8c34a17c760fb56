package vn.counterdesk.invoice.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.counterdesk.invoice.InvoiceBuilder;
import vn.counterdesk.invoice.model.AuthorisedIssuer;
import vn.counterdesk.invoice.model.AuthorityCode;
import vn.counterdesk.invoice.model.Buyer;
import vn.counterdesk.invoice.model.GeneralInfo;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.OtherInfo;
import vn.counterdesk.invoice.model.RelatedInvoice;
import vn.counterdesk.invoice.model.Seller;
import vn.counterdesk.invoice.model.SpecialGoodsField;
import vn.counterdesk.invoice.model.TaxRate;
import vn.counterdesk.invoice.model.Totals;
import vn.counterdesk.invoice.testing.SampleInvoices;
import vn.counterdesk.invoice.validation.Problem;

/**
 * An invoice with every element of the 2.1.0 tree present: the writer's order (from the format definition) and
 * the XSD agree on all of them, and nothing is lost on the way back.
 */
class EveryFieldTest {

    private static final List<OtherInfo> INFO =
            List.of(new OtherInfo("GhiChu", "string", "Giao hàng tận nơi & lắp đặt <miễn phí>"));

    static Invoice everyField() {
        GeneralInfo general = new GeneralInfo(
                "2.1.0",
                "Hóa đơn giá trị gia tăng",
                "1",
                "K26TAB",
                Optional.of(99_999_999L),
                Optional.of("HS-2026-000123"),
                SampleInvoices.ISSUE_DATE,
                Optional.of(true),
                Optional.of("BK-01"),
                Optional.of(SampleInvoices.ISSUE_DATE),
                "VND",
                Optional.empty(),
                Optional.of("Chuyển khoản"),
                Optional.of(SampleInvoices.PROVIDER_TAX_CODE),
                Optional.of(
                        new AuthorisedIssuer("0109876543", Optional.of("Công ty Ủy nhiệm"), Optional.of("Đà Nẵng"))),
                Optional.of(new RelatedInvoice(
                        RelatedInvoice.Relation.REPLACEMENT,
                        Optional.of(4),
                        Optional.of("01GTKT0/001"),
                        Optional.of("AA/20E"),
                        Optional.of("0000123"),
                        Optional.of(LocalDate.of(2021, 3, 4)),
                        Optional.of("Thay thế do sai đơn giá"),
                        Optional.of("01/BK-ĐCTT"),
                        Optional.of(LocalDate.of(2026, 11, 26)))),
                INFO);
        Seller seller = new Seller(
                "Công ty TNHH Dịch vụ Quầy Giao Dịch",
                SampleInvoices.SELLER_TAX_CODE,
                "12 Lê Lợi",
                Optional.of("CH01"),
                Optional.of("Cửa hàng Bến Thành"),
                Optional.of("02838221234"),
                Optional.of("hoadon@example.vn"),
                Optional.of("0071001234567"),
                Optional.of("Vietcombank"),
                Optional.of("02838221235"),
                Optional.of("https://example.vn"),
                INFO);
        Buyer buyer = new Buyer(
                Optional.of("Trường Tiểu học Kim Đồng"),
                Optional.of("0101234567-001"),
                Optional.of("1234567"),
                Optional.of("Hà Nội"),
                Optional.of("KH0001"),
                Optional.of("0912345678"),
                Optional.of("001086012345"),
                Optional.of("C03005988"),
                Optional.of("ketoan@example.edu.vn"),
                Optional.of("Nguyễn Văn An"),
                Optional.of("123456789"),
                Optional.of("Agribank"),
                INFO);
        LineItem line = LineItem.goods(
                        "Xe máy điện", "chiếc", new BigDecimal("2"), new BigDecimal("15500000.5"), TaxRate.TEN)
                .withItemCode("XMD-01")
                .withDiscountRate(new BigDecimal("2.5"))
                .withSpecialGoods(List.of(new SpecialGoodsField(1, "SKhung", "RLHJF1234PY000123")))
                .withOtherInfo(INFO);
        Invoice built = new InvoiceBuilder(general)
                .seller(seller)
                .buyer(buyer)
                .line(line)
                .line(LineItem.tradeDiscount("Chiết khấu", new BigDecimal("100000"), TaxRate.TEN))
                .fee("Phí trước bạ", new BigDecimal("300000"))
                .otherDeductions(new BigDecimal("1000"))
                .otherInfo(INFO.getFirst())
                .build();
        Totals t = built.totals();
        Totals totals = new Totals(
                t.rateSummaries(),
                t.totalBeforeTax(),
                Optional.of(BigDecimal.ZERO),
                t.totalTax(),
                t.fees(),
                t.tradeDiscount(),
                t.otherDeductions(),
                t.totalPayable(),
                t.totalPayableInWords(),
                INFO);
        return new Invoice(
                built.dataId(),
                built.general(),
                built.seller(),
                built.buyer(),
                built.lines(),
                totals,
                built.otherInfo(),
                Optional.of("00020101021202142657895426548904"),
                Optional.of(new AuthorityCode("00474597512BE94B7BAB367996EF464828", Optional.of("MCCQT-1"))));
    }

    @Test
    void everyElementIsWrittenInAnOrderTheXsdAcceptsAndReadBack() throws Exception {
        Invoice invoice = everyField();

        byte[] xml = InvoiceXmlWriter.current().write(invoice);

        assertThat(new InvoiceXmlReader().read(xml).invoice()).isEqualTo(invoice);
        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8))
                .contains("&amp; lắp đặt &lt;miễn phí&gt;")
                .contains("<SHDon>99999999</SHDon>");
    }

    @Test
    void aFieldLongerThanTheFormatAllowsIsRefusedWithItsPath() {
        Invoice invoice = SampleInvoices.oneRate();
        Invoice tooLong =
                invoice.withGeneral(invoice.general().withOtherInfo(List.of())).withQrCode("x".repeat(513));

        assertThatThrownBy(() -> InvoiceXmlWriter.current().write(tooLong))
                .isInstanceOf(InvalidInvoiceException.class)
                .satisfies(e -> assertThat(((InvalidInvoiceException) e).problems())
                        .extracting(Problem::code, Problem::xpath)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("TOO_LONG", "/HDon/DLQRCode")));
    }

    @Test
    void theXsdCatchesWhatTheDefinitionDoesNot() {
        Invoice invoice = SampleInvoices.oneRate();
        Invoice badSymbol = invoice.withGeneral(new GeneralInfo(
                "2.1.0",
                invoice.general().invoiceName(),
                "1",
                "C26QAA",
                invoice.general().number(),
                Optional.empty(),
                invoice.general().issueDate(),
                Optional.of(false),
                Optional.empty(),
                Optional.empty(),
                "VND",
                Optional.empty(),
                invoice.general().paymentMethod(),
                invoice.general().providerTaxCode(),
                Optional.empty(),
                Optional.empty(),
                List.of()));

        assertThatThrownBy(() -> InvoiceXmlWriter.current().write(badSymbol))
                .isInstanceOf(InvalidInvoiceException.class)
                .hasMessageContaining("C26QAA");
    }

    @Test
    void textIsWrittenInNfcWhateverFormItCameIn() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Nguyễn Thị Hòa", java.text.Normalizer.Form.NFD);
        Invoice invoice = new InvoiceBuilder(SampleInvoices.vatGeneral("C26TAA", 1))
                .seller(SampleInvoices.seller())
                .buyer(Buyer.individual(decomposed, "001086012345"))
                .line(LineItem.goods("Dịch vụ", "lần", BigDecimal.ONE, BigDecimal.TEN, TaxRate.TEN))
                .build();

        String xml = new String(InvoiceXmlWriter.current().write(invoice), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(decomposed).isNotEqualTo("Nguyễn Thị Hòa");
        assertThat(xml).contains("<Ten>Nguyễn Thị Hòa</Ten>").doesNotContain(decomposed);
    }
}
