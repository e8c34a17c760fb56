package vn.counterdesk.invoice.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code NDHDon/TToan}. A VAT invoice (form 1) carries per-rate summaries, the total before VAT and the total
 * VAT; a sales invoice (form 2) has no VAT, so those are optional here.
 */
public record Totals(
        List<RateSummary> rateSummaries,
        Optional<BigDecimal> totalBeforeTax,
        Optional<BigDecimal> nonTaxableDeduction,
        Optional<BigDecimal> totalTax,
        List<Fee> fees,
        Optional<BigDecimal> tradeDiscount,
        Optional<BigDecimal> otherDeductions,
        BigDecimal totalPayable,
        String totalPayableInWords,
        List<OtherInfo> otherInfo) {

    public Totals {
        rateSummaries = List.copyOf(rateSummaries);
        totalBeforeTax = Amounts.canonical(Objects.requireNonNull(totalBeforeTax, "totalBeforeTax"));
        nonTaxableDeduction = Amounts.canonical(Objects.requireNonNull(nonTaxableDeduction, "nonTaxableDeduction"));
        totalTax = Amounts.canonical(Objects.requireNonNull(totalTax, "totalTax"));
        fees = List.copyOf(fees);
        tradeDiscount = Amounts.canonical(Objects.requireNonNull(tradeDiscount, "tradeDiscount"));
        otherDeductions = Amounts.canonical(Objects.requireNonNull(otherDeductions, "otherDeductions"));
        totalPayable = Amounts.canonical(Objects.requireNonNull(totalPayable, "totalPayable"));
        Objects.requireNonNull(totalPayableInWords, "totalPayableInWords");
        otherInfo = List.copyOf(otherInfo);
    }
}
