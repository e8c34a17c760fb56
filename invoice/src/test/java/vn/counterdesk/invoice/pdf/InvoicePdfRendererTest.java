package vn.counterdesk.invoice.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.counterdesk.invoice.pdf.PdfProbe.flatText;
import static vn.counterdesk.invoice.pdf.PdfProbe.pageTexts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoicePdfRendererTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-15T03:00:00Z"), ZoneOffset.UTC);
    private static final Map<Integer, byte[]> SIGNED = new ConcurrentHashMap<>();
    private static final Map<Integer, byte[]> RENDERED = new ConcurrentHashMap<>();

    private static final PrintableInvoiceReader READER = new PrintableInvoiceReader(CLOCK);
    private static final InvoicePdfRenderer RENDERER = new InvoicePdfRenderer(CLOCK);

    static String words(int lines) {
        return switch (lines) {
            case 1 -> "Mười một nghìn đồng.";
            case 30 -> "Ba trăm hai mươi bảy nghìn đồng.";
            case 300 -> "Ba triệu hai trăm bảy mươi nghìn đồng.";
            default -> throw new IllegalArgumentException();
        };
    }

    private static byte[] signed(int lines) {
        return SIGNED.computeIfAbsent(lines, n -> {
            try {
                return SampleInvoice.withLines(n, words(n)).signed();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static byte[] rendered(int lines) {
        return RENDERED.computeIfAbsent(lines, n -> {
            try {
                byte[] xml = signed(n);
                return RENDERER.render(READER.read(xml), xml, PaperFormat.A4).pdf();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0} lines")
    @CsvSource({"1, 11.000, 1.000", "30, 327.000, 27.000", "300, 3.270.000, 270.000"})
    void every_mandatory_field_is_printed_with_its_diacritics(int lines, String payable, String vat) throws Exception {
        String text = flatText(rendered(lines));

        assertThat(text)
                .contains("HÓA ĐƠN GIÁ TRỊ GIA TĂNG", "(VAT INVOICE)")
                .contains("Mẫu số (Form): 1", "Ký hiệu (Symbol): C25TAA", "Số (No.): 123")
                .contains("Ngày 15 tháng 07 năm 2025")
                .contains("Đơn vị bán hàng (Seller): " + SampleInvoice.SELLER)
                .contains("Mã số thuế (Tax code): " + SampleInvoice.SELLER_MST)
                .contains(SampleInvoice.SELLER_ADDRESS)
                .contains("Họ tên người mua hàng (Buyer): " + SampleInvoice.BUYER)
                .contains("Số CCCD/định danh (ID number): " + SampleInvoice.BUYER_CCCD)
                .contains(SampleInvoice.BUYER_ADDRESS)
                .contains("Tên hàng hóa, dịch vụ", "Đơn giá", "Thuế suất", "Thành tiền chưa có thuế")
                .contains("Tổng hợp theo thuế suất (Summary by VAT rate)")
                .contains("Tiền thuế GTGT (VAT amount): " + vat)
                .contains("Tổng tiền thanh toán (Total payment): " + payable)
                .contains("Số tiền viết bằng chữ (Amount in words): " + words(lines))
                .contains("Người bán hàng (Seller)")
                .contains("Ký bởi (Signed by): " + TestSigner.SIGNER_CN)
                .contains("Ký ngày (Signed on): 15/07/2025 09:41:27")
                .contains("Chữ ký hợp lệ (Signature valid)");
        for (String name : SampleInvoice.expectedLineNames(lines)) {
            assertThat(text).contains(name + " ");
        }
    }

    @Test
    void long_invoices_repeat_the_table_header_and_number_every_page() throws Exception {
        List<String> pages = pageTexts(rendered(300));

        assertThat(pages).hasSizeGreaterThan(5);
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertThat(page)
                    .as("page %d", i + 1)
                    .contains("Trang %d/%d (Page %d/%d)".formatted(i + 1, pages.size(), i + 1, pages.size()));
            if (page.contains(SampleInvoice.ITEM)) {
                assertThat(page).as("page %d", i + 1).contains("Tên hàng hóa, dịch vụ", "(Description)");
            }
        }
        assertThat(pages.getLast()).contains("Chữ ký hợp lệ (Signature valid)");
        assertThat(pageTexts(rendered(1))).hasSize(1).first().asString().contains("Trang 1/1 (Page 1/1)");
    }

    @Test
    void the_attached_xml_is_the_signed_original_byte_for_byte_and_still_verifies() throws Exception {
        byte[] xml = signed(30);
        PrintableInvoice invoice = READER.read(xml);

        byte[] extracted = PdfProbe.attachment(rendered(30), InvoicePdfRenderer.attachmentName(invoice));

        assertThat(extracted).isEqualTo(xml);
        var reread = new vn.counterdesk.invoice.xml.InvoiceXmlReader().read(extracted);
        var report = new vn.counterdesk.invoice.sign.InvoiceVerifier(CLOCK).verify(reread);
        assertThat(report.seller())
                .hasValueSatisfying(seller -> assertThat(seller.valid()).isTrue());
        assertThat(report.verified()).isTrue();
    }

    @Test
    void a4_output_is_pdfa_3b_for_verapdf() throws Exception {
        assertThat(PdfProbe.pdfaViolations(rendered(30))).isEmpty();
    }

    @Test
    void the_validator_is_not_vacuous_it_rejects_a_plain_pdf() throws Exception {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            assertThat(PdfProbe.pdfaViolations(out.toByteArray())).isNotEmpty();
        }
    }

    @Test
    void the_qr_code_on_the_page_decodes_to_the_lookup_payload() throws Exception {
        byte[] xml = signed(1);
        String expected = InvoiceQrPayload.of(READER.read(xml));

        String decoded = PdfProbe.decodeQr(rendered(1), 0);

        assertThat(decoded).isEqualTo(expected).contains("0306C25TAA", "0403123", "050820250715", "060511000");
    }

    @Test
    void a_tampered_invoice_never_shows_the_valid_mark() throws Exception {
        String original = new String(signed(1), java.nio.charset.StandardCharsets.UTF_8);
        byte[] tampered = original.replace("<ThTien>10000</ThTien>", "<ThTien>1000</ThTien>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        PrintableInvoice invoice = READER.read(tampered);
        String text =
                flatText(RENDERER.render(invoice, tampered, PaperFormat.A4).pdf());

        assertThat(invoice.sellerSignature().status()).isEqualTo(SignatureStatus.INVALID);
        assertThat(text).contains("Chữ ký không đúng (Signature does not verify)");
        assertThat(text).doesNotContain("Chữ ký hợp lệ").doesNotContain("Signature valid");
    }

    @Test
    void an_unsigned_invoice_says_it_is_not_signed() throws Exception {
        byte[] xml =
                SampleInvoice.serialise(SampleInvoice.withLines(1, words(1)).document());

        PrintableInvoice invoice = READER.read(xml);
        String text = flatText(RENDERER.render(invoice, xml, PaperFormat.A4).pdf());

        assertThat(invoice.sellerSignature().status()).isEqualTo(SignatureStatus.ABSENT);
        assertThat(text).contains("Không có chữ ký số (Not digitally signed)").doesNotContain("hợp lệ");
    }

    @Test
    void tax_authority_code_adjustment_sentence_and_xml_qr_are_printed() throws Exception {
        String xmlQr = "00020101021299740010A00000077501130107001729001020110306C21TYY0402680508202111210606120000"
                + "6304ABCD";
        byte[] xml = SampleInvoice.withLines(1, words(1))
                .taxAuthorityCode("00474597512BE94B7BAB367996EF464828")
                .adjusting("45")
                .qrCode(xmlQr)
                .signed();
        byte[] pdf = RENDERER.render(READER.read(xml), xml, PaperFormat.A4).pdf();

        assertThat(flatText(pdf))
                .contains("Mã của cơ quan thuế (Tax authority code): 00474597512BE94B7BAB367996EF464828")
                .contains("Điều chỉnh cho hóa đơn Mẫu số 1 ký hiệu C25TAA số 45 ngày 05 tháng 06 năm 2025")
                .contains("(Adjusts invoice form 1 symbol C25TAA no. 45 of 05/06/2025)");
        assertThat(PdfProbe.decodeQr(pdf, 0)).isEqualTo(xmlQr);
    }

    @Test
    void decomposed_vietnamese_in_the_xml_copies_out_precomposed() throws Exception {
        byte[] xml = SampleInvoice.withLines(1, words(1)).decomposedBuyerName().signed();

        String text =
                flatText(RENDERER.render(READER.read(xml), xml, PaperFormat.A4).pdf());

        assertThat(text).contains("Họ tên người mua hàng (Buyer): Nguyễn Thị Thủy Tiên");
        assertThat(text).isEqualTo(PdfProbe.nfc(text));
    }

    @Test
    void cash_register_invoices_print_on_an_80mm_receipt_that_is_pdfa_too() throws Exception {
        SampleInvoice sample = SampleInvoice.withLines(30, words(30)).cashRegister();
        byte[] xml = sample.signed();
        PrintableInvoice invoice = READER.read(xml);

        RenderedInvoice receipt = RENDERER.render(invoice, xml, PaperFormat.defaultFor(invoice));
        byte[] pdf = receipt.pdf();
        assertThat(receipt.pageCount()).isEqualTo(1);

        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(226.77f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(box.getHeight()).isLessThan(14_400f);
        }
        assertThat(flatText(pdf))
                .contains("HÓA ĐƠN BÁN HÀNG", "Ký hiệu (Symbol): C25MAA", "M2-25-A1B2C-00001234567")
                .contains(SampleInvoice.ITEM + " số 30", "Trang 1/1 (Page 1/1)")
                .contains("Số CCCD/định danh (ID number): " + SampleInvoice.BUYER_CCCD)
                .contains("Tổng tiền thanh toán (Total payment): 327.000")
                .contains("Chữ ký hợp lệ (Signature valid)");
        assertThat(PdfProbe.pdfaViolations(pdf)).isEmpty();
        assertThat(PdfProbe.decodeQr(pdf, 0)).isEqualTo(InvoiceQrPayload.of(invoice));
    }
}
