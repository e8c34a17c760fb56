package vn.counterdesk.store.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.store.support.Samples;
import vn.counterdesk.store.support.TestStores;

class InvoiceIssueTest {
    @TempDir
    Path dir;

    @Test
    void numbersAreSequentialPerSeriesAndGoIntoTheSignedXml() {
        try (var store = TestStores.openOrFail(dir.resolve("i.db"))) {
            var buyer = Samples.person("001090012345", "Nguyễn Văn An", "Hà Nội");
            var invoice = Samples.invoiceFor(buyer);
            var first =
                    (IssueOutcome.Issued) store.invoices().issue(Samples.CLERK, invoice, Samples.xmlWithBuyer(invoice));
            var second =
                    (IssueOutcome.Issued) store.invoices().issue(Samples.CLERK, invoice, Samples.xmlWithBuyer(invoice));
            var otherSeries = new InvoiceToIssue(
                    new InvoiceSeries("0312345678", "1", "C26TAB", 2026),
                    Samples.ISSUE_DATE,
                    Buyer.none(),
                    Totals.vnd(10, 1));
            var third = (IssueOutcome.Issued)
                    store.invoices().issue(Samples.CLERK, otherSeries, n -> Samples.xml(n, Buyer.none()));

            assertThat(first.number().number()).isEqualTo(1);
            assertThat(second.number().number()).isEqualTo(2);
            assertThat(third.number().number()).isEqualTo(1);
            assertThat(first.messageId()).matches("K0000000000[0-9A-F]{32}").isNotEqualTo(second.messageId());
            var document =
                    store.invoices().document(Samples.CLERK, second.invoiceId()).orElseThrow();
            assertThat(new String(document.signedXml(), StandardCharsets.UTF_8))
                    .contains("<SHDon>2</SHDon>", "Nguyễn Văn An");
        }
    }

    @Test
    void aFailedSignatureConsumesNoNumber() {
        try (var store = TestStores.openOrFail(dir.resolve("f.db"))) {
            var invoice = Samples.invoiceFor(Samples.person("001090012345", "Nguyễn Văn An", "Hà Nội"));
            store.invoices().issue(Samples.CLERK, invoice, Samples.xmlWithBuyer(invoice));
            var failed = store.invoices().issue(Samples.CLERK, invoice, n -> {
                throw new IOException("token removed");
            });
            assertThat(failed).isInstanceOf(IssueOutcome.NotIssued.class);
            assertThat(((IssueOutcome.NotIssued) failed).cause()).hasMessage("token removed");
            var next =
                    (IssueOutcome.Issued) store.invoices().issue(Samples.CLERK, invoice, Samples.xmlWithBuyer(invoice));
            assertThat(next.number().number()).isEqualTo(2);
            assertThat(store.invoices().search(Samples.CLERK, InvoiceQuery.all()))
                    .hasSize(2);
            assertThat(store.outbox().countsByStatus().get(InvoiceStatus.QUEUED))
                    .isEqualTo(2);
        }
    }

    @Test
    void searchesByBuyerIdNameNumberDateAndStatus() {
        try (var store = TestStores.openOrFail(dir.resolve("q.db"))) {
            var an = Samples.person("001090000001", "Nguyễn Văn An", "Hà Nội");
            var dao = Samples.person("001090000002", "Đặng Thị Đào", "Huế");
            for (var person : List.of(an, dao, an)) {
                var invoice = Samples.invoiceFor(person);
                store.invoices().issue(Samples.CLERK, invoice, Samples.xmlWithBuyer(invoice));
            }
            var older = new InvoiceToIssue(Samples.SERIES, LocalDate.of(2026, 1, 5), Buyer.none(), Totals.vnd(5, 0));
            store.invoices().issue(Samples.CLERK, older, n -> Samples.xml(n, Buyer.none()));
            var invoices = store.invoices();

            assertThat(numbers(invoices.search(Samples.CLERK, InvoiceQuery.all().byBuyerIdNumber("001090000001"))))
                    .containsExactly(3L, 1L);
            assertThat(numbers(invoices.search(Samples.CLERK, InvoiceQuery.all().byBuyerName("dang thi dao"))))
                    .containsExactly(2L);
            assertThat(numbers(invoices.search(Samples.CLERK, InvoiceQuery.all().byBuyerName("nguyen van"))))
                    .containsExactly(3L, 1L);
            assertThat(invoices.search(Samples.CLERK, InvoiceQuery.all().byBuyerName("tran van an")))
                    .isEmpty();
            assertThat(numbers(invoices.search(
                            Samples.CLERK, InvoiceQuery.all().byNumber(2).bySymbol("C26TAA"))))
                    .containsExactly(2L);
            assertThat(numbers(invoices.search(
                            Samples.CLERK,
                            InvoiceQuery.all().between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))))
                    .containsExactly(4L);
            assertThat(invoices.search(Samples.CLERK, InvoiceQuery.all().withStatus(InvoiceStatus.QUEUED)))
                    .hasSize(4);
            assertThat(invoices.search(Samples.CLERK, InvoiceQuery.all().withStatus(InvoiceStatus.CODED)))
                    .isEmpty();
            var hit = invoices.search(Samples.CLERK, InvoiceQuery.all().byNumber(2))
                    .getFirst();
            assertThat(hit.buyer().name()).contains("Đặng Thị Đào");
            assertThat(hit.buyer().idNumber()).contains("001090000002");
            assertThat(hit.totals().payable()).isEqualByComparingTo("108000");
        }
    }

    private static List<Long> numbers(List<InvoiceSummary> summaries) {
        return summaries.stream().map(InvoiceSummary::number).toList();
    }
}
