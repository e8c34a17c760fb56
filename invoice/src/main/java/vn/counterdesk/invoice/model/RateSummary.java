package vn.counterdesk.invoice.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code THTTLTSuat/LTSuat}: the amount before VAT of all lines at one rate and the VAT on it.
 *
 * @param rate {@code TSuat}
 * @param amount {@code ThTien}
 * @param tax {@code TThue}; absent for codes without a percentage (KCT, KKKNT)
 */
public record RateSummary(Optional<TaxRate> rate, BigDecimal amount, Optional<BigDecimal> tax) {
    public RateSummary {
        Objects.requireNonNull(rate, "rate");
        amount = Amounts.canonical(Objects.requireNonNull(amount, "amount"));
        tax = Amounts.canonical(Objects.requireNonNull(tax, "tax"));
    }
}
