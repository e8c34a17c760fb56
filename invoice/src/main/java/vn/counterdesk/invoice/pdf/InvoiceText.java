package vn.counterdesk.invoice.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Correction;
import vn.counterdesk.invoice.pdf.PrintableInvoice.Line;
import vn.counterdesk.invoice.pdf.PrintableInvoice.RelatedInvoice;

/** Captions and sentences shared by the A4 and the receipt layout. */
final class InvoiceText {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    static final Label FORM = new Label("Mẫu số", "Form");
    static final Label SYMBOL = new Label("Ký hiệu", "Symbol");
    static final Label NUMBER = new Label("Số", "No.");
    static final Label DATE = new Label("Ngày lập", "Date");
    static final Label TAX_AUTHORITY_CODE = new Label("Mã của cơ quan thuế", "Tax authority code");
    static final Label SELLER = new Label("Đơn vị bán hàng", "Seller");
    static final Label BUYER_PERSON = new Label("Họ tên người mua hàng", "Buyer");
    static final Label BUYER_UNIT = new Label("Tên đơn vị", "Company");
    static final Label TAX_CODE = new Label("Mã số thuế", "Tax code");
    static final Label ID_NUMBER = new Label("Số CCCD/định danh", "ID number");
    static final Label PASSPORT = new Label("Số hộ chiếu", "Passport No.");
    static final Label BUDGET_UNIT = new Label("Mã ĐVQHNS", "Budget unit code");
    static final Label ADDRESS = new Label("Địa chỉ", "Address");
    static final Label PHONE = new Label("Điện thoại", "Phone");
    static final Label EMAIL = new Label("Email", "E-mail");
    static final Label BANK_ACCOUNT = new Label("Số tài khoản", "Bank account");
    static final Label PAYMENT = new Label("Hình thức thanh toán", "Payment method");
    static final Label CURRENCY = new Label("Đơn vị tiền tệ", "Currency");
    static final Label EXCHANGE_RATE = new Label("Tỷ giá", "Exchange rate");

    static final Label COL_NO = new Label("STT", "No.");
    static final Label COL_NAME = new Label("Tên hàng hóa, dịch vụ", "Description");
    static final Label COL_UNIT = new Label("Đơn vị tính", "Unit");
    static final Label COL_QUANTITY = new Label("Số lượng", "Quantity");
    static final Label COL_PRICE = new Label("Đơn giá", "Unit price");
    static final Label COL_RATE = new Label("Thuế suất", "VAT rate");
    static final Label COL_AMOUNT = new Label("Thành tiền chưa có thuế", "Amount excl. VAT");
    static final Label COL_VAT = new Label("Tiền thuế GTGT", "VAT amount");
    static final Label COL_TOTAL = new Label("Cộng", "Total");
    static final Label ITEMS = new Label("Hàng hóa, dịch vụ", "Goods and services");

    static final Label RATE_SUMMARY = new Label("Tổng hợp theo thuế suất", "Summary by VAT rate");
    static final Label TOTAL_BEFORE_VAT = new Label("Cộng tiền hàng chưa có thuế GTGT", "Total excl. VAT");
    static final Label TOTAL_VAT = new Label("Tiền thuế GTGT", "VAT amount");
    static final Label TRADE_DISCOUNT = new Label("Chiết khấu thương mại", "Trade discount");
    static final Label OTHER_DEDUCTIONS = new Label("Các khoản giảm trừ khác", "Other deductions");
    static final Label FEE = new Label("Phí, lệ phí", "Fee");
    static final Label TOTAL_PAYABLE = new Label("Tổng tiền thanh toán", "Total payment");
    static final Label IN_WORDS = new Label("Số tiền viết bằng chữ", "Amount in words");

    static final Label BUYER_SIGNS = new Label("Người mua hàng", "Buyer");
    static final Label BUYER_SIGNATURE_HINT = new Label("Chữ ký số (nếu có)", "Digital signature, if any");
    static final Label SELLER_SIGNS = new Label("Người bán hàng", "Seller");
    static final Label SIGNED_BY = new Label("Ký bởi", "Signed by");
    static final Label SIGNED_ON = new Label("Ký ngày", "Signed on");

    private InvoiceText() {}

    static String titleVietnamese(PrintableInvoice invoice) {
        return invoice.heading().name().toUpperCase(VIETNAMESE);
    }

    /** English gloss of the invoice name from the form digit (Circular 32/2025 Art. 5.1.a). */
    static String titleEnglish(PrintableInvoice invoice) {
        return switch (invoice.heading().formDigit()) {
            case "1" -> "VAT INVOICE";
            case "2" -> "SALES INVOICE";
            case "3" -> "PUBLIC ASSET SALES INVOICE";
            case "4" -> "NATIONAL RESERVE SALES INVOICE";
            case "6" -> "DELIVERY NOTE";
            case "7" -> "E-COMMERCE INVOICE";
            case "8" -> "VAT INVOICE WITH TAX/FEE RECEIPT";
            case "9" -> "SALES INVOICE WITH TAX/FEE RECEIPT";
            default -> "E-INVOICE";
        };
    }

    /** The sentence the representation must carry on a replacing or adjusting invoice (spec §9.5). */
    static String relatedSentence(RelatedInvoice related) {
        String verb =
                related.correction() == Correction.REPLACEMENT ? "Thay thế cho hóa đơn" : "Điều chỉnh cho hóa đơn";
        List<String> parts = new ArrayList<>(List.of(verb));
        related.formDigit().ifPresent(v -> parts.add("Mẫu số " + v));
        related.symbol().ifPresent(v -> parts.add("ký hiệu " + v));
        related.number().ifPresent(v -> parts.add("số " + v));
        related.issueDate().ifPresent(d -> parts.add(VnFormat.inlineDate(d)));
        return String.join(" ", parts);
    }

    static String relatedGloss(RelatedInvoice related) {
        String verb = related.correction() == Correction.REPLACEMENT ? "Replaces invoice" : "Adjusts invoice";
        List<String> parts = new ArrayList<>(List.of(verb));
        related.formDigit().ifPresent(v -> parts.add("form " + v));
        related.symbol().ifPresent(v -> parts.add("symbol " + v));
        related.number().ifPresent(v -> parts.add("no. " + v));
        related.issueDate().ifPresent(d -> parts.add("of " + VnFormat.shortDate(d)));
        return "(" + String.join(" ", parts) + ")";
    }

    /** The verdict line of the seller signature box; "valid" only for a verified signature. */
    static Label signatureVerdict(SignatureStatus status) {
        return switch (status) {
            case VALID -> new Label("Chữ ký hợp lệ", "Signature valid");
            case INVALID -> new Label("Chữ ký không đúng", "Signature does not verify");
            case ABSENT -> new Label("Không có chữ ký số", "Not digitally signed");
        };
    }

    static String amount(Optional<BigDecimal> value) {
        return value.map(VnFormat::number).orElse("");
    }

    /** Item name, with the nature spelt out where {@code TChat} changes its meaning. */
    static String itemName(Line line) {
        return switch (line.nature()) {
            case 2 -> line.name() + " (Khuyến mại)";
            case 3 -> line.name() + " (Chiết khấu thương mại)";
            default -> line.name();
        };
    }
}
