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
        return toBuilder().lineNumber(Optional.of(number)).build();
    }

    public LineItem withItemCode(String code) {
        return toBuilder().itemCode(Optional.of(code)).build();
    }

    /** Discount by percentage ({@code TLCKhau}); the amount ({@code STCKhau}) is computed from it. */
    public LineItem withDiscountRate(BigDecimal percent) {
        return toBuilder().discountRate(Optional.of(percent)).build();
    }

    public LineItem withDiscountAmount(BigDecimal value) {
        return toBuilder().discountAmount(Optional.of(value)).build();
    }

    public LineItem withAmount(BigDecimal value) {
        return toBuilder().amount(Optional.of(value)).build();
    }

    public LineItem withSpecialGoods(List<SpecialGoodsField> fields) {
        return toBuilder()
                .nature(fields.isEmpty() ? nature : LineNature.SPECIAL_GOODS)
                .specialGoods(fields)
                .build();
    }

    public LineItem withOtherInfo(List<OtherInfo> info) {
        return toBuilder().otherInfo(info).build();
    }

    /** A copy to change a few fields of; LineItem itself stays immutable. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy of a {@link LineItem}; {@link #build()} validates like the constructor. */
    public static final class Builder {
        private LineNature nature;
        private Optional<Integer> lineNumber;
        private Optional<String> itemCode;
        private String name;
        private Optional<String> unit;
        private Optional<BigDecimal> quantity;
        private Optional<BigDecimal> unitPrice;
        private Optional<BigDecimal> discountRate;
        private Optional<BigDecimal> discountAmount;
        private Optional<BigDecimal> amount;
        private Optional<TaxRate> taxRate;
        private List<SpecialGoodsField> specialGoods;
        private List<OtherInfo> otherInfo;

        private Builder(LineItem from) {
            nature = from.nature;
            lineNumber = from.lineNumber;
            itemCode = from.itemCode;
            name = from.name;
            unit = from.unit;
            quantity = from.quantity;
            unitPrice = from.unitPrice;
            discountRate = from.discountRate;
            discountAmount = from.discountAmount;
            amount = from.amount;
            taxRate = from.taxRate;
            specialGoods = from.specialGoods;
            otherInfo = from.otherInfo;
        }

        public Builder nature(LineNature value) {
            nature = value;
            return this;
        }

        public Builder lineNumber(Optional<Integer> value) {
            lineNumber = value;
            return this;
        }

        public Builder itemCode(Optional<String> value) {
            itemCode = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder unit(Optional<String> value) {
            unit = value;
            return this;
        }

        public Builder quantity(Optional<BigDecimal> value) {
            quantity = value;
            return this;
        }

        public Builder unitPrice(Optional<BigDecimal> value) {
            unitPrice = value;
            return this;
        }

        public Builder discountRate(Optional<BigDecimal> value) {
            discountRate = value;
            return this;
        }

        public Builder discountAmount(Optional<BigDecimal> value) {
            discountAmount = value;
            return this;
        }

        public Builder amount(Optional<BigDecimal> value) {
            amount = value;
            return this;
        }

        public Builder taxRate(Optional<TaxRate> value) {
            taxRate = value;
            return this;
        }

        public Builder specialGoods(List<SpecialGoodsField> value) {
            specialGoods = value;
            return this;
        }

        public Builder otherInfo(List<OtherInfo> value) {
            otherInfo = value;
            return this;
        }

        public LineItem build() {
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
                    otherInfo);
        }
    }
}
