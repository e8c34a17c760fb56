package vn.counterdesk.invoice.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.RateSummary;
import vn.counterdesk.invoice.model.Totals;
import vn.counterdesk.invoice.testing.SampleInvoices;
import vn.counterdesk.invoice.validation.Problem;
import vn.counterdesk.invoice.validation.Severity;

class ConsistencyCheckerTest {

    private final ConsistencyChecker checker = ConsistencyChecker.standard();
    private final Invoice invoice = SampleInvoices.oneRate(); // 3 × 40 000 at 10 %: 120 000 + 12 000 = 132 000

    private static Invoice withTotals(Invoice invoice, Totals totals) {
        return new Invoice(
                invoice.dataId(),
                invoice.general(),
                invoice.seller(),
                invoice.buyer(),
                invoice.lines(),
                totals,
                invoice.otherInfo(),
                invoice.qrCode(),
                invoice.authorityCode());
    }

    @Test
    void aStatedTaxThatDisagreesWithTheLinesIsAWarning() {
        Totals t = invoice.totals();
        RateSummary wrongRate = new RateSummary(
                t.rateSummaries().getFirst().rate(), new BigDecimal("120000"), Optional.of(new BigDecimal("12500")));
        Totals wrong = new Totals(
                List.of(wrongRate),
                t.totalBeforeTax(),
                t.nonTaxableDeduction(),
                Optional.of(new BigDecimal("12500")),
                t.fees(),
                t.tradeDiscount(),
                t.otherDeductions(),
                new BigDecimal("132500"),
                "Một trăm ba mươi hai nghìn năm trăm đồng",
                t.otherInfo());

        List<Problem> problems = checker.check(withTotals(invoice, wrong));

        assertThat(problems).extracting(Problem::code).containsExactly("RATE_TAX_MISMATCH");
        assertThat(problems.getFirst().severity()).isEqualTo(Severity.WARNING);
        assertThat(problems.getFirst().xpath())
                .isEqualTo("/HDon/DLHDon/NDHDon/TToan/THTTLTSuat/LTSuat[TSuat='10%']/TThue");
        assertThat(problems.getFirst().message()).contains("12500").contains("12000");
    }

    @Test
    void aStatedTotalThatDisagreesIsReportedWithItsWords() {
        Totals t = invoice.totals();
        Totals wrong = new Totals(
                t.rateSummaries(),
                t.totalBeforeTax(),
                t.nonTaxableDeduction(),
                t.totalTax(),
                t.fees(),
                t.tradeDiscount(),
                t.otherDeductions(),
                new BigDecimal("123000"),
                t.totalPayableInWords(),
                t.otherInfo());

        assertThat(checker.check(withTotals(invoice, wrong)))
                .extracting(Problem::code)
                .containsExactly("TOTAL_PAYABLE_MISMATCH", "AMOUNT_IN_WORDS_MISMATCH");
    }

    @Test
    void aLineAmountThatDisagreesWithQuantityTimesPriceIsReported() {
        Invoice wrong = new Invoice(
                invoice.dataId(),
                invoice.general(),
                invoice.seller(),
                invoice.buyer(),
                List.of(invoice.lines().getFirst().withAmount(new BigDecimal("110000"))),
                invoice.totals(),
                invoice.otherInfo(),
                invoice.qrCode(),
                invoice.authorityCode());

        assertThat(checker.check(wrong))
                .extracting(Problem::code)
                .contains("LINE_AMOUNT_MISMATCH", "RATE_AMOUNT_MISMATCH", "TOTAL_BEFORE_TAX_MISMATCH");
    }

    @Test
    void regionalWordingIsNotAMismatch() {
        assertThat(ConsistencyChecker.normalisedWords("Một trăm linh năm ngàn đồng chẵn."))
                .isEqualTo(ConsistencyChecker.normalisedWords("Một trăm lẻ năm nghìn đồng"));
    }
}
