package vn.counterdesk.invoice.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.counterdesk.invoice.InvoiceBuilder;
import vn.counterdesk.invoice.format.FormatDefinitions;
import vn.counterdesk.invoice.model.AuthorityCode;
import vn.counterdesk.invoice.model.Buyer;
import vn.counterdesk.invoice.model.GeneralInfo;
import vn.counterdesk.invoice.model.Invoice;
import vn.counterdesk.invoice.model.LineItem;
import vn.counterdesk.invoice.model.TaxRate;
import vn.counterdesk.invoice.testing.SampleInvoices;

class InvoiceRulesTest {

    private final InvoiceRules rules = new InvoiceRules(FormatDefinitions.V2_1_0);

    @Test
    void everyRealisticSampleFollowsTheRules() {
        SampleInvoices.all()
                .forEach((name, invoice) ->
                        assertThat(rules.check(invoice)).as(name).isEmpty());
    }

    @Test
    void theSymbolYearMustBeTheIssueYear() {
        Invoice invoice = new InvoiceBuilder(GeneralInfo.of(
                        "Hóa đơn giá trị gia tăng", "1", "C25TAA", LocalDate.of(2026, 1, 2), "TM", "0107001731"))
                .seller(SampleInvoices.seller())
                .line(LineItem.goods("Dịch vụ", "lần", java.math.BigDecimal.ONE, java.math.BigDecimal.TEN, TaxRate.TEN))
                .build();

        assertThat(rules.check(invoice)).extracting(Problem::code).containsExactly("SYMBOL_YEAR");
    }

    @Test
    void buyerIdentifiersAreChecked() {
        Invoice invoice = new InvoiceBuilder(SampleInvoices.vatGeneral("C26TAA", 1))
                .seller(SampleInvoices.seller())
                .buyer(Buyer.individual("Nguyễn Văn An", "00108601234").withTaxCode("123"))
                .line(LineItem.goods("Dịch vụ", "lần", java.math.BigDecimal.ONE, java.math.BigDecimal.TEN, TaxRate.TEN))
                .build();

        assertThat(rules.check(invoice)).extracting(Problem::code).containsExactly("BUYER_ID_NUMBER", "BUYER_TAX_CODE");
    }

    @Test
    void foreignCurrencyNeedsARateAndCashRegistersNeedTheirCode() {
        Invoice usd = SampleInvoices.foreignCurrency();
        Invoice noRate = usd.withGeneral(new GeneralInfo(
                "2.1.0",
                usd.general().invoiceName(),
                "1",
                "C26TAA",
                Optional.of(4L),
                Optional.empty(),
                usd.general().issueDate(),
                Optional.of(false),
                Optional.empty(),
                Optional.empty(),
                "USD",
                Optional.empty(),
                usd.general().paymentMethod(),
                usd.general().providerTaxCode(),
                Optional.empty(),
                Optional.empty(),
                List.of()));
        Invoice badCode =
                SampleInvoices.cashRegister().withAuthorityCode(new AuthorityCode("M1-26-A1B2C-123", Optional.empty()));

        assertThat(rules.check(noRate)).extracting(Problem::code).containsExactly("EXCHANGE_RATE");
        assertThat(rules.check(badCode)).extracting(Problem::code).containsExactly("CASH_REGISTER_CODE");
    }

    @Test
    void negativeAmountsOutsideAdjustmentsAreWarned() {
        Invoice invoice = new InvoiceBuilder(SampleInvoices.vatGeneral("C26TAA", 1))
                .seller(SampleInvoices.seller())
                .line(LineItem.goods(
                        "Trả lại hàng",
                        "cái",
                        java.math.BigDecimal.ONE,
                        new java.math.BigDecimal("-5000"),
                        TaxRate.TEN))
                .build();

        assertThat(rules.check(invoice))
                .extracting(Problem::code, Problem::severity)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("NEGATIVE_AMOUNT", Severity.WARNING));
    }
}
