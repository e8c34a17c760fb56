package vn.counterdesk.invoice.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.counterdesk.invoice.InvoiceBuilder;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.RateSummary;
import vn.counterdesk.invoice.model.TaxRate;
import vn.counterdesk.invoice.model.Totals;
import vn.counterdesk.invoice.testing.SampleInvoices;

/** Amounts computed by hand for each realistic case. */
class InvoiceCalculatorTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static RateSummary rate(TaxRate rate, String amount, String tax) {
        return new RateSummary(
                Optional.of(rate), n(amount), Optional.ofNullable(tax).map(BigDecimal::new));
    }

    @Test
    void mixedRatesAreSummarisedPerRateAndRoundedToWholeDong() {
        Totals t = SampleInvoices.mixedRates().totals();

        // 3.5 × 33 333 = 116 665.5 → 116 666 (HALF_UP); 8 %: 725 000 + 116 666 = 841 666 → VAT 67 333.28 → 67 333.
        assertThat(t.rateSummaries())
                .containsExactly(
                        rate(TaxRate.EIGHT, "841666", "67333"),
                        rate(TaxRate.TEN, "437500", "43750"),
                        rate(TaxRate.FIVE, "170000", "8500"),
                        rate(TaxRate.ZERO, "1500000", "0"));
        assertThat(t.totalBeforeTax()).contains(n("2949166"));
        assertThat(t.totalTax()).contains(n("119583"));
        assertThat(t.totalPayable()).isEqualTo(n("3068749"));
        assertThat(t.totalPayableInWords())
                .isEqualTo("Ba triệu không trăm sáu mươi tám nghìn bảy trăm bốn mươi chín đồng");
    }

    @Test
    void discountsReduceTheBaseOnceAndTradeDiscountIsReported() {
        Invoice invoice = SampleInvoices.discounts();

        assertThat(invoice.lines().get(0).discountAmount()).contains(n("125000"));
        assertThat(invoice.lines().get(0).amount()).contains(n("2375000"));
        assertThat(invoice.lines().get(1).amount()).contains(n("240000"));
        assertThat(invoice.totals().rateSummaries()).containsExactly(rate(TaxRate.TEN, "2515000", "251500"));
        assertThat(invoice.totals().tradeDiscount()).contains(n("100000"));
        assertThat(invoice.totals().totalPayable()).isEqualTo(n("2766500"));
    }

    @Test
    void notSubjectLinesHaveNoVatAndFeesAreAdded() {
        Totals t = SampleInvoices.notSubjectToVat().totals();

        assertThat(t.rateSummaries())
                .containsExactly(rate(TaxRate.NOT_SUBJECT, "2400000", null), rate(TaxRate.TEN, "300000", "30000"));
        assertThat(t.totalTax()).contains(n("30000"));
        assertThat(t.totalPayable()).isEqualTo(n("2780000"));
    }

    @Test
    void foreignCurrencyKeepsCentsAndReadsThem() {
        Totals t = SampleInvoices.foreignCurrency().totals();

        assertThat(t.rateSummaries())
                .containsExactly(rate(TaxRate.TEN, "87.5", "8.75"), rate(TaxRate.EIGHT, "19.99", "1.6"));
        assertThat(t.totalPayable()).isEqualTo(n("117.84"));
        assertThat(t.totalPayableInWords()).isEqualTo("Một trăm mười bảy đô la Mỹ và tám mươi bốn xu");
    }

    @Test
    void adjustmentThatDecreasesHasNegativeAmountsAndWords() {
        Totals t = SampleInvoices.adjustment().totals();

        assertThat(t.totalPayable()).isEqualTo(n("-27000"));
        assertThat(t.totalPayableInWords()).isEqualTo("Âm hai mươi bảy nghìn đồng");
    }

    @Test
    void aSalesInvoiceHasNoVatTotals() {
        Totals t = SampleInvoices.salesInvoice().totals();

        assertThat(t.rateSummaries()).isEmpty();
        assertThat(t.totalTax()).isEmpty();
        assertThat(t.totalPayable()).isEqualTo(n("12000"));
    }

    @Test
    void roundingModeIsConfigurable() {
        InvoiceCalculator down = new InvoiceCalculator(
                RoundingPolicy.STANDARD.withMode(RoundingMode.DOWN),
                vn.counterdesk.invoice.words.AmountInWords.standard());
        LineItem line = LineItem.goods("Bút bi", "hộp", n("3.5"), n("33333"), TaxRate.EIGHT);

        assertThat(down.completeLine(line, "VND").amount()).contains(n("116665"));
        assertThat(InvoiceCalculator.standard().completeLine(line, "VND").amount())
                .contains(n("116666"));
    }

    @Test
    void promotionAndNoteLinesStayOutOfTheTotals() {
        LineItem gift = new LineItem(
                vn.counterdesk.invoice.model.LineNature.PROMOTION,
                Optional.empty(),
                Optional.empty(),
                "Móc khóa quà tặng",
                Optional.of("cái"),
                Optional.of(n("1")),
                Optional.of(n("15000")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(TaxRate.TEN),
                List.of(),
                List.of());
        Invoice invoice = new InvoiceBuilder(SampleInvoices.vatGeneral("C26TAA", 7))
                .seller(SampleInvoices.seller())
                .line(LineItem.goods("Ví da", "cái", n("1"), n("200000"), TaxRate.TEN))
                .line(gift)
                .line(LineItem.note("Hàng khuyến mại không thu tiền"))
                .build();

        assertThat(invoice.lines().get(1).amount()).contains(BigDecimal.ZERO);
        assertThat(invoice.totals().totalPayable()).isEqualTo(n("220000"));
    }
}
