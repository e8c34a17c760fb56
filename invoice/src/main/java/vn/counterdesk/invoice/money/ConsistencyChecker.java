package vn.counterdesk.invoice.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.RateSummary;
import vn.counterdesk.invoice.model.TaxRate;
import vn.counterdesk.invoice.model.Totals;
import vn.counterdesk.invoice.validation.Problem;

/**
 * Recomputes an invoice's amounts from its lines and reports every stated amount that disagrees (spec §12
 * layer 3). Findings are warnings: the stated figures are what was signed, so they are shown, never changed.
 *
 * <p>Vendors that round VAT per line and then add differ from per-rate rounding by at most half a unit per
 * line; that much is tolerated.
 */
public final class ConsistencyChecker {

    private static final String TOTALS = "/HDon/DLHDon/NDHDon/TToan/";

    private final InvoiceCalculator calculator;

    public ConsistencyChecker(InvoiceCalculator calculator) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    public static ConsistencyChecker standard() {
        return new ConsistencyChecker(InvoiceCalculator.standard());
    }

    public List<Problem> check(Invoice invoice) {
        String currency = invoice.general().currency();
        List<Problem> problems = new ArrayList<>();
        checkLines(invoice.lines(), currency, problems);
        checkRates(invoice, currency, problems);
        checkTotals(invoice, currency, problems);
        return List.copyOf(problems);
    }

    private void checkLines(List<LineItem> lines, String currency, List<Problem> problems) {
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            if (!line.nature().carriesAmount() || line.amount().isEmpty()) {
                continue;
            }
            Optional<BigDecimal> expected = calculator.expectedLineAmount(line, currency);
            BigDecimal stated = line.amount().orElseThrow();
            // Line amounts may keep decimals even in VND (genuine: 109090.91); a difference below one unit is
            // rounding, not disagreement.
            if (expected.isPresent()
                    && stated.subtract(expected.orElseThrow())
                                    .abs()
                                    .compareTo(calculator.rounding().unit(currency))
                            >= 0) {
                problems.add(Problem.warning(
                        "LINE_AMOUNT_MISMATCH",
                        "/HDon/DLHDon/NDHDon/DSHHDVu/HHDVu[" + (i + 1) + "]/ThTien",
                        "line " + (i + 1) + ": stated amount " + stated.toPlainString() + " but quantity × price − "
                                + "discount = " + expected.orElseThrow().toPlainString()));
            }
        }
    }

    private void checkRates(Invoice invoice, String currency, List<Problem> problems) {
        Totals totals = invoice.totals();
        Map<Optional<TaxRate>, RateSummary> stated = totals.rateSummaries().stream()
                .collect(Collectors.toMap(RateSummary::rate, Function.identity(), (a, b) -> a));
        List<RateSummary> computed = calculator.rateSummaries(invoice.lines(), currency);
        for (RateSummary expected : computed) {
            String rate = expected.rate().map(TaxRate::code).orElse("-");
            RateSummary actual = stated.get(expected.rate());
            if (actual == null) {
                problems.add(Problem.warning(
                        "RATE_SUMMARY_MISSING",
                        TOTALS + "THTTLTSuat",
                        "no summary for rate " + rate + " although lines use it"));
                continue;
            }
            if (actual.amount().compareTo(expected.amount()) != 0) {
                problems.add(Problem.warning(
                        "RATE_AMOUNT_MISMATCH",
                        TOTALS + "THTTLTSuat/LTSuat[TSuat='" + rate + "']/ThTien",
                        "rate " + rate + ": stated amount " + actual.amount().toPlainString()
                                + " but the lines add up to "
                                + expected.amount().toPlainString()));
            }
            Optional<BigDecimal> exactTax = expected.rate()
                    .flatMap(TaxRate::percent)
                    .map(pct -> actual.amount().multiply(pct).movePointLeft(2));
            if (exactTax.isPresent()
                    && !within(
                            actual.tax().orElse(BigDecimal.ZERO),
                            exactTax.orElseThrow(),
                            tolerance(invoice, expected.rate(), currency))) {
                problems.add(Problem.warning(
                        "RATE_TAX_MISMATCH",
                        TOTALS + "THTTLTSuat/LTSuat[TSuat='" + rate + "']/TThue",
                        "rate " + rate + ": stated VAT "
                                + actual.tax().map(BigDecimal::toPlainString).orElse("none") + " but " + rate
                                + " of " + actual.amount().toPlainString() + " is "
                                + calculator
                                        .rounding()
                                        .round(exactTax.orElseThrow(), currency)
                                        .toPlainString()));
            }
        }
        for (RateSummary summary : totals.rateSummaries()) {
            boolean used = computed.stream().anyMatch(c -> c.rate().equals(summary.rate()));
            if (!used) {
                problems.add(Problem.warning(
                        "RATE_SUMMARY_UNUSED",
                        TOTALS + "THTTLTSuat",
                        "summary for rate " + summary.rate().map(TaxRate::code).orElse("-") + " but no line uses it"));
            }
        }
    }

    private void checkTotals(Invoice invoice, String currency, List<Problem> problems) {
        Totals totals = invoice.totals();
        BigDecimal linesBase = invoice.lines().stream()
                .map(InvoiceCalculator::contribution)
                .flatMap(Optional::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        totals.totalBeforeTax().ifPresent(stated -> {
            if (stated.compareTo(linesBase) != 0) {
                problems.add(Problem.warning(
                        "TOTAL_BEFORE_TAX_MISMATCH",
                        TOTALS + "TgTCThue",
                        "stated total before VAT " + stated.toPlainString() + " but the lines add up to "
                                + linesBase.toPlainString()));
            }
        });
        BigDecimal summariesTax = totals.rateSummaries().stream()
                .map(RateSummary::tax)
                .flatMap(Optional::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        totals.totalTax().ifPresent(stated -> {
            if (stated.compareTo(summariesTax) != 0) {
                problems.add(Problem.warning(
                        "TOTAL_TAX_MISMATCH",
                        TOTALS + "TgTThue",
                        "stated total VAT " + stated.toPlainString() + " but the rate summaries add up to "
                                + summariesTax.toPlainString()));
            }
        });
        BigDecimal expectedPayable = calculator.payable(
                totals.totalBeforeTax().orElse(linesBase),
                totals.totalTax(),
                totals.fees(),
                totals.otherDeductions(),
                currency);
        if (expectedPayable.compareTo(totals.totalPayable()) != 0) {
            problems.add(Problem.warning(
                    "TOTAL_PAYABLE_MISMATCH",
                    TOTALS + "TgTTTBSo",
                    "stated total payable " + totals.totalPayable().toPlainString() + " but total before VAT + VAT "
                            + "+ fees − deductions = " + expectedPayable.toPlainString()));
        }
        String expectedWords = calculator.words(totals.totalPayable(), currency);
        if (!normalisedWords(expectedWords).equals(normalisedWords(totals.totalPayableInWords()))) {
            problems.add(Problem.warning(
                    "AMOUNT_IN_WORDS_MISMATCH",
                    TOTALS + "TgTTTBChu",
                    "the amount in words does not read " + totals.totalPayable().toPlainString()));
        }
    }

    // Below one unit is rounding (VAT may keep decimals even in VND); vendors rounding per line add up to half a
    // unit per line.
    private BigDecimal tolerance(Invoice invoice, Optional<TaxRate> rate, String currency) {
        long lines = invoice.lines().stream()
                .filter(l -> InvoiceCalculator.contribution(l).isPresent()
                        && l.taxRate().equals(rate))
                .count();
        return calculator.rounding().unit(currency).multiply(BigDecimal.valueOf(1 + lines / 2));
    }

    private static boolean within(BigDecimal actual, BigDecimal expected, BigDecimal tolerance) {
        return actual.subtract(expected).abs().compareTo(tolerance) < 0;
    }

    // Regional variants (linh/lẻ, ngàn/nghìn, tư/bốn, nhăm/lăm), "chẵn" and the full stop are all correct.
    static String normalisedWords(String words) {
        String s = words.toLowerCase(Locale.ROOT)
                .replace(".", " ")
                .replace(",", " ")
                .trim();
        s = (" " + s.replaceAll("\\s+", " ") + " ")
                .replace(" linh ", " lẻ ")
                .replace(" ngàn ", " nghìn ")
                .replace(" tư ", " bốn ")
                .replace(" nhăm ", " lăm ")
                .replace(" chẵn ", " ");
        return s.trim();
    }
}
