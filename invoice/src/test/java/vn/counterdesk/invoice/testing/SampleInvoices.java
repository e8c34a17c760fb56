package vn.counterdesk.invoice.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.counterdesk.invoice.InvoiceBuilder;
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
import vn.counterdesk.invoice.numbering.CashRegisterCode;

/** Realistic invoices for tests: the cases of the acceptance list, built through the public API. */
public final class SampleInvoices {

    public static final LocalDate ISSUE_DATE = LocalDate.of(2026, 11, 27);
    public static final String SELLER_TAX_CODE = "0312345678";
    public static final String PROVIDER_TAX_CODE = "0107001731";

    private SampleInvoices() {}

    public static Seller seller() {
        return Seller.of(
                        "Công ty TNHH Dịch vụ Quầy Giao Dịch",
                        SELLER_TAX_CODE,
                        "12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh")
                .withContact("02838221234", "hoadon@quaygiaodich.vn")
                .withBank("0071001234567", "Ngân hàng TMCP Ngoại thương Việt Nam");
    }

    public static GeneralInfo vatGeneral(String symbol, long number) {
        return GeneralInfo.of("Hóa đơn giá trị gia tăng", "1", symbol, ISSUE_DATE, "TM/CK", PROVIDER_TAX_CODE)
                .withNumber(number);
    }

    private static LineItem goods(String name, String unit, String qty, String price, TaxRate rate) {
        return LineItem.goods(name, unit, new BigDecimal(qty), new BigDecimal(price), rate);
    }

    /** One rate: a notarisation service at 10 %, buyer identified by a chip ID card. */
    public static Invoice oneRate() {
        return new InvoiceBuilder(vatGeneral("C26TAA", 1))
                .seller(seller())
                .buyer(Buyer.individual("Nguyễn Văn An", "001086012345")
                        .withAddress("Số 5 Hàng Bài, Hoàn Kiếm, Hà Nội"))
                .line(goods("Dịch vụ chứng thực bản sao", "lần", "3", "40000", TaxRate.TEN)
                        .withItemCode("DV01"))
                .build();
    }

    /** Mixed rates 10 %, 8 %, 5 % and 0 %, an organisation buyer. */
    public static Invoice mixedRates() {
        return new InvoiceBuilder(vatGeneral("C26TAA", 2))
                .seller(seller())
                .buyer(Buyer.organisation(
                        "Công ty Cổ phần Thương mại Sao Mai", "0101234567-001", "45 Trần Hưng Đạo, Hà Nội"))
                .line(goods("Giấy in A4 Double A", "ram", "10", "72500", TaxRate.EIGHT))
                .line(goods("Phí dịch vụ in ấn", "trang", "1250", "350", TaxRate.TEN))
                .line(goods("Sách hướng dẫn thủ tục", "cuốn", "2", "85000", TaxRate.FIVE))
                .line(goods("Dịch vụ vận chuyển hàng xuất khẩu", "chuyến", "1", "1500000", TaxRate.ZERO))
                .line(goods("Bút bi Thiên Long", "hộp", "3.5", "33333", TaxRate.EIGHT))
                .build();
    }

    /** Discounts: a line discount by percent, one by amount, and a trade-discount line. */
    public static Invoice discounts() {
        return new InvoiceBuilder(vatGeneral("K26TBB", 17))
                .seller(seller())
                .buyer(Buyer.individual("Trần Thị Bích Ngọc", "079190004321"))
                .line(goods("Máy đọc thẻ CCCD gắn chip", "cái", "2", "1250000", TaxRate.TEN)
                        .withDiscountRate(new BigDecimal("5")))
                .line(goods("Cáp USB-C 1m", "sợi", "4", "65000", TaxRate.TEN)
                        .withDiscountAmount(new BigDecimal("20000")))
                .line(LineItem.tradeDiscount(
                        "Chiết khấu thương mại theo doanh số quý", new BigDecimal("100000"), TaxRate.TEN))
                .build();
    }

    /** Lines not subject to VAT (KCT) beside a taxed line, plus a description line and a fee. */
    public static Invoice notSubjectToVat() {
        return new InvoiceBuilder(vatGeneral("C26TAA", 3))
                .seller(seller())
                .buyer(Buyer.individual("Lê Hoàng Phúc", "052201009876"))
                .line(goods("Dịch vụ bảo hiểm nhân thọ", "hợp đồng", "1", "2400000", TaxRate.NOT_SUBJECT))
                .line(goods("Phí tư vấn hồ sơ", "lần", "1", "300000", TaxRate.TEN))
                .line(LineItem.note("Hợp đồng số 12/2026/HĐBH"))
                .fee("Lệ phí trước bạ", new BigDecimal("50000"))
                .otherInfo(OtherInfo.text("TraCuuURL", "https://tracuu.example.vn/?ma=AB12CD"))
                .build();
    }

    /** Foreign currency: USD with an exchange rate, a foreign buyer identified by passport. */
    public static Invoice foreignCurrency() {
        return new InvoiceBuilder(vatGeneral("C26TAA", 4).withCurrency("USD", new BigDecimal("25350.50")))
                .seller(seller())
                .buyer(Buyer.traveller("John Michael Smith", "C03005988").withEmail("j.smith@example.com"))
                .line(goods("Translation and notarisation service", "page", "7", "12.5", TaxRate.TEN))
                .line(goods("Express delivery", "parcel", "1", "19.99", TaxRate.EIGHT))
                .build();
    }

    /** A cash-register invoice: symbol letter M, locally generated 23-character MCCQT. */
    public static Invoice cashRegister() {
        Invoice invoice = new InvoiceBuilder(vatGeneral("C26MYY", 1234))
                .seller(seller())
                .line(goods("Cà phê sữa đá", "ly", "2", "29000", TaxRate.EIGHT))
                .line(goods("Bánh mì thịt nướng", "ổ", "1", "25000", TaxRate.EIGHT))
                .build();
        return invoice.withAuthorityCode(
                new AuthorityCode(new CashRegisterCode(1, 26, "A1B2C", 1_234_567L).text(), java.util.Optional.empty()));
    }

    /** An adjustment decreasing a previous invoice: negative amounts and TTHDLQuan. */
    public static Invoice adjustment() {
        RelatedInvoice related = RelatedInvoice.of(
                RelatedInvoice.Relation.ADJUSTMENT,
                "1",
                "C26TAA",
                2,
                LocalDate.of(2026, 11, 20),
                "Điều chỉnh giảm đơn giá");
        return new InvoiceBuilder(vatGeneral("C26TAA", 9).withRelated(related))
                .seller(seller())
                .buyer(Buyer.organisation(
                        "Công ty Cổ phần Thương mại Sao Mai", "0101234567-001", "45 Trần Hưng Đạo, Hà Nội"))
                .line(goods("Điều chỉnh giảm đơn giá giấy in A4", "ram", "10", "-2500", TaxRate.EIGHT))
                .build();
    }

    /** A sales invoice (form 2): no VAT anywhere. */
    public static Invoice salesInvoice() {
        GeneralInfo general = GeneralInfo.of(
                        "Hóa đơn bán hàng", "2", "C26TAA", ISSUE_DATE, "Tiền mặt", PROVIDER_TAX_CODE)
                .withNumber(42);
        LineItem line = new LineItem(
                vn.counterdesk.invoice.model.LineNature.GOODS_OR_SERVICE,
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                "Photocopy giấy tờ tùy thân",
                java.util.Optional.of("trang"),
                java.util.Optional.of(new BigDecimal("12")),
                java.util.Optional.of(new BigDecimal("1000")),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                List.of(),
                List.of());
        return new InvoiceBuilder(general).seller(seller()).line(line).build();
    }

    /** A special-goods line (TChat 5): a motorbike with chassis and engine numbers. */
    public static Invoice specialGoods() {
        return new InvoiceBuilder(vatGeneral("C26TAA", 5))
                .seller(seller())
                .buyer(Buyer.individual("Phạm Minh Tuấn", "036095001122"))
                .line(goods("Xe máy Honda Vision 2026", "chiếc", "1", "31500000", TaxRate.TEN)
                        .withSpecialGoods(List.of(
                                new SpecialGoodsField(1, "SKhung", "RLHJF1234PY000123"),
                                new SpecialGoodsField(1, "SMay", "JF12E-1234567"))))
                .build();
    }

    /** Every realistic case by name. */
    public static Map<String, Invoice> all() {
        return Map.of(
                "one rate", oneRate(),
                "mixed rates", mixedRates(),
                "discounts", discounts(),
                "KCT lines", notSubjectToVat(),
                "foreign currency", foreignCurrency(),
                "cash register", cashRegister(),
                "adjustment", adjustment(),
                "sales invoice", salesInvoice(),
                "special goods", specialGoods());
    }
}
