package vn.counterdesk.invoice.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A VAT rate as written in {@code TSuat}: a percentage ({@code 0%}, {@code 5%}, {@code 8%}, {@code 10%}),
 * an other rate ({@code KHAC:5.26}) or a code without a percentage ({@code KCT} not subject to VAT,
 * {@code KKKNT} not required to declare, {@code CTTC} financial lease). Which codes are allowed is decided by
 * the format definition, not here.
 */
public record TaxRate(String code) {

    public static final TaxRate ZERO = new TaxRate("0%");
    public static final TaxRate FIVE = new TaxRate("5%");
    public static final TaxRate EIGHT = new TaxRate("8%");
    public static final TaxRate TEN = new TaxRate("10%");
    public static final TaxRate NOT_SUBJECT = new TaxRate("KCT");
    public static final TaxRate NOT_DECLARED = new TaxRate("KKKNT");

    private static final String OTHER_PREFIX = "KHAC:";

    public TaxRate {
        Objects.requireNonNull(code, "code");
    }

    public static TaxRate other(BigDecimal percent) {
        return new TaxRate(OTHER_PREFIX + Amounts.format(percent));
    }

    /** The percentage to apply, if this code carries one; empty for KCT, KKKNT, CTTC and unknown codes. */
    public Optional<BigDecimal> percent() {
        String number;
        if (code.endsWith("%")) {
            number = code.substring(0, code.length() - 1);
        } else if (code.startsWith(OTHER_PREFIX)) {
            number = code.substring(OTHER_PREFIX.length());
        } else {
            return Optional.empty();
        }
        if (!number.matches("\\d{1,3}(\\.\\d{1,6})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(number));
    }

    @Override
    public String toString() {
        return code;
    }
}
