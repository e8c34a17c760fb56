package vn.counterdesk.invoice.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code DSHHDVu/HHDVu} line. {@code amount} ({@code ThTien}) is before VAT; a line built for a new
 * invoice may leave it empty and let {@link vn.counterdesk.invoice.money.InvoiceCalculator} compute
 * {@code SLuong × DGia − STCKhau}.
 */
public record LineItem(
        LineNature nature,
        Optional<Integer> lineNumber,
        Optional<String> itemCode,
        String name,
        Optional<String> unit,
        Optional<BigDecimal> quantity,
        Optional<BigDecimal> unitPrice,
        Optional<BigDecimal> discountRate,
        Optional<BigDecimal> discountAmount,
        Optional<BigDecimal> amount,
        Optional<TaxRate> taxRate,
        List<SpecialGoodsField> specialGoods,
        List<OtherInfo> otherInfo) {

    public LineItem {
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(lineNumber, "lineNumber");
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        quantity = Amounts.canonical(Objects.requireNonNull(quantity, "quantity"));
        unitPrice = Amounts.canonical(Objects.requireNonNull(unitPrice, "unitPrice"));
        discountRate = Amounts.canonical(Objects.requireNonNull(discountRate, "discountRate"));
        discountAmount = Amounts.canonical(Objects.requireNonNull(discountAmount, "discountAmount"));
        amount = Amounts.canonical(Objects.requireNonNull(amount, "amount"));
        Objects.requireNonNull(taxRate, "taxRate");
        specialGoods = List.copyOf(specialGoods);
        otherInfo = List.copyOf(otherInfo);
    }

    /** A goods or service line: quantity × unit price at a VAT rate; the amount is computed later. */
    public static LineItem goods(String name, String unit, BigDecimal quantity, BigDecimal unitPrice, TaxRate rate) {
        return new LineItem(
                LineNature.GOODS_OR_SERVICE,
                Optional.empty(),
                Optional.empty(),
                name,
                Optional.of(unit),
                Optional.of(quantity),
                Optional.of(unitPrice),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(rate),
                List.of(),
                List.of());
    }

    /** A trade-discount line ({@code TChat} 3): its amount reduces the taxable base at its rate. */
    public static LineItem tradeDiscount(String name, BigDecimal amount, TaxRate rate) {
        return new LineItem(
                LineNature.TRADE_DISCOUNT,
                Optional.empty(),
                Optional.empty(),
                name,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(amount),
                Optional.of(rate),
                List.of(),
                List.of());
    }

    /** A description line ({@code TChat} 4) without amounts. */
    public static LineItem note(String text) {
        return new LineItem(
                LineNature.NOTE,
                Optional.empty(),
                Optional.empty(),
                text,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of());
    }

    public LineItem withLineNumber(int number) {
        return new LineItem(
                nature,
                Optional.of(number),
                itemCode,
                name,
                unit,
                quantity,
                unitPrice,
                discountRate,
                discountAmount,
                amount,
                taxRate,
                specialGoods,
                otherInfo);
    }

    public LineItem withItemCode(String code) {
        return new LineItem(
                nature,
                lineNumber,
                Optional.of(code),
                name,
                unit,
                quantity,
                unitPrice,
                discountRate,
                discountAmount,
                amount,
                taxRate,
                specialGoods,
                otherInfo);
    }

    /** Discount by percentage ({@code TLCKhau}); the amount ({@code STCKhau}) is computed from it. */
    public LineItem withDiscountRate(BigDecimal percent) {
        return new LineItem(
                nature,
                lineNumber,
                itemCode,
                name,
                unit,
                quantity,
                unitPrice,
                Optional.of(percent),
                discountAmount,
                amount,
                taxRate,
                specialGoods,
                otherInfo);
    }

    public LineItem withDiscountAmount(BigDecimal value) {
        return new LineItem(
                nature,
                lineNumber,
                itemCode,
                name,
                unit,
                quantity,
                unitPrice,
                discountRate,
                Optional.of(value),
                amount,
                taxRate,
                specialGoods,
                otherInfo);
    }

    public LineItem withAmount(BigDecimal value) {
        return new LineItem(
                nature,
                lineNumber,
                itemCode,
                name,
                unit,
                quantity,
                unitPrice,
                discountRate,
                discountAmount,
                Optional.of(value),
                taxRate,
                specialGoods,
                otherInfo);
    }

    public LineItem withSpecialGoods(List<SpecialGoodsField> fields) {
        return new LineItem(
                fields.isEmpty() ? nature : LineNature.SPECIAL_GOODS,
                lineNumber,
                itemCode,
                name,
                unit,
                quantity,
                unitPrice,
                discountRate,
                discountAmount,
                amount,
                taxRate,
                fields,
                otherInfo);
    }

    public LineItem withOtherInfo(List<OtherInfo> info) {
        return new LineItem(
                nature,
                lineNumber,
                itemCode,
                name,
                unit,
                quantity,
                unitPrice,
                discountRate,
                discountAmount,
                amount,
                taxRate,
                specialGoods,
                info);
    }
}
