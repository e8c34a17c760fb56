package vn.counterdesk.invoice.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.counterdesk.invoice.model.Amounts;
import vn.counterdesk.invoice.model.Fee;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.LineNature;
import vn.counterdesk.invoice.model.OtherInfo;
import vn.counterdesk.invoice.model.RateSummary;
import vn.counterdesk.invoice.model.TaxRate;
import vn.counterdesk.invoice.model.Totals;
import vn.counterdesk.invoice.words.AmountInWords;

/**
 * Line amounts, per-rate summaries and totals of an invoice (spec §2.2), in {@code BigDecimal} throughout.
 *
 * <p>Semantics chosen where the public text leaves room:
 *
 * <ul>
 *   <li>{@code ThTien} = {@code SLuong × DGia − STCKhau}, rounded to the currency's unit; a discount given as
 *       {@code TLCKhau} percent becomes {@code STCKhau}.
 *   <li>Trade-discount lines ({@code TChat} 3) carry a positive amount that <em>reduces</em> the base at their
 *       rate, so VAT is charged on the discounted price; {@code TTCKTMai} reports their sum and is therefore not
 *       subtracted a second time from the total payable.
 *   <li>Promotion lines ({@code TChat} 2) and notes ({@code TChat} 4) do not enter the totals.
 *   <li>VAT per rate = round(base × rate); a sales invoice (lines without {@code TSuat}) has no VAT totals.
 *   <li>{@code TgTTTBSo} = {@code TgTCThue + TgTThue + Σ TPhi − TGTKhac}.
 * </ul>
 */
public final class InvoiceCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RoundingPolicy rounding;
    private final AmountInWords words;

    public InvoiceCalculator(RoundingPolicy rounding, AmountInWords words) {
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        this.words = Objects.requireNonNull(words, "words");
    }

    public static InvoiceCalculator standard() {
        return new InvoiceCalculator(RoundingPolicy.STANDARD, AmountInWords.standard());
    }

    public RoundingPolicy rounding() {
        return rounding;
    }

    /** The line with its discount amount and {@code ThTien} filled in where they were left empty. */
    public LineItem completeLine(LineItem line, String currency) {
        if (!line.nature().carriesAmount() || line.amount().isPresent()) {
            return line;
        }
        if (line.nature() == LineNature.PROMOTION) {
            return line.withAmount(BigDecimal.ZERO);
        }
        BigDecimal gross = gross(line);
        LineItem withDiscount = line;
        if (line.discountAmount().isEmpty() && line.discountRate().isPresent()) {
            BigDecimal discount = rounding.round(
                    gross.multiply(line.discountRate().orElseThrow()).divide(HUNDRED), currency);
            withDiscount = line.withDiscountAmount(discount);
        }
        BigDecimal discount = withDiscount.discountAmount().orElse(BigDecimal.ZERO);
        return withDiscount.withAmount(rounding.round(gross.subtract(discount), currency));
    }

    /** {@code SLuong × DGia − STCKhau} before any rounding, when quantity and price are stated. */
    public Optional<BigDecimal> expectedLineAmount(LineItem line, String currency) {
        if (line.quantity().isEmpty() || line.unitPrice().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal gross = gross(line);
        BigDecimal discount = line.discountAmount()
                .or(() -> line.discountRate().map(rate -> gross.multiply(rate).divide(HUNDRED)))
                .orElse(BigDecimal.ZERO);
        return Optional.of(Amounts.canonical(gross.subtract(discount)));
    }

    /** Completes every line and numbers them 1, 2, 3 … where no {@code STT} was given. */
    public List<LineItem> completeLines(List<LineItem> lines, String currency) {
        List<LineItem> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = completeLine(lines.get(i), currency);
            result.add(line.lineNumber().isPresent() ? line : line.withLineNumber(i + 1));
        }
        return result;
    }

    /** Per-rate summaries of completed lines, in the order rates first appear. */
    public List<RateSummary> rateSummaries(List<LineItem> lines, String currency) {
        Map<TaxRate, BigDecimal> bases = new LinkedHashMap<>();
        for (LineItem line : lines) {
            Optional<BigDecimal> contribution = contribution(line);
            if (contribution.isPresent() && line.taxRate().isPresent()) {
                bases.merge(line.taxRate().orElseThrow(), contribution.orElseThrow(), BigDecimal::add);
            }
        }
        List<RateSummary> summaries = new ArrayList<>();
        bases.forEach(
                (rate, base) -> summaries.add(new RateSummary(Optional.of(rate), base, taxOn(base, rate, currency))));
        return summaries;
    }

    /** VAT on a base at a rate, rounded; empty for codes without a percentage (KCT, KKKNT). */
    public Optional<BigDecimal> taxOn(BigDecimal base, TaxRate rate, String currency) {
        return rate.percent().map(pct -> rounding.round(base.multiply(pct).divide(HUNDRED), currency));
    }

    /** How a completed line enters the taxable base: + goods, − trade discount, nothing otherwise. */
    public static Optional<BigDecimal> contribution(LineItem line) {
        return switch (line.nature()) {
            case GOODS_OR_SERVICE, SPECIAL_GOODS -> line.amount();
            case TRADE_DISCOUNT -> line.amount().map(BigDecimal::negate);
            case PROMOTION, NOTE -> Optional.empty();
        };
    }

    /** Totals of completed lines, with the total payable in words. */
    public Totals totals(List<LineItem> lines, List<Fee> fees, Optional<BigDecimal> otherDeductions, String currency) {
        List<RateSummary> summaries = rateSummaries(lines, currency);
        BigDecimal totalBeforeTax = lines.stream()
                .map(InvoiceCalculator::contribution)
                .flatMap(Optional::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<BigDecimal> totalTax = summaries.isEmpty()
                ? Optional.empty()
                : Optional.of(summaries.stream()
                        .map(RateSummary::tax)
                        .flatMap(Optional::stream)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        Optional<BigDecimal> tradeDiscount = lines.stream()
                .filter(l -> l.nature() == LineNature.TRADE_DISCOUNT)
                .map(LineItem::amount)
                .flatMap(Optional::stream)
                .reduce(BigDecimal::add);
        BigDecimal payable = payable(totalBeforeTax, totalTax, fees, otherDeductions, currency);
        return new Totals(
                summaries,
                Optional.of(totalBeforeTax),
                Optional.empty(),
                totalTax,
                fees,
                tradeDiscount,
                otherDeductions,
                payable,
                words.of(payable, currency),
                List.<OtherInfo>of());
    }

    public BigDecimal payable(
            BigDecimal totalBeforeTax,
            Optional<BigDecimal> totalTax,
            List<Fee> fees,
            Optional<BigDecimal> otherDeductions,
            String currency) {
        BigDecimal sum = totalBeforeTax.add(totalTax.orElse(BigDecimal.ZERO));
        for (Fee fee : fees) {
            sum = sum.add(fee.amount());
        }
        return rounding.round(sum.subtract(otherDeductions.orElse(BigDecimal.ZERO)), currency);
    }

    public String words(BigDecimal payable, String currency) {
        return words.of(payable, currency);
    }

    private static BigDecimal gross(LineItem line) {
        return line.quantity().orElse(BigDecimal.ZERO).multiply(line.unitPrice().orElse(BigDecimal.ZERO));
    }
}
