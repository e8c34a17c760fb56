package vn.counterdesk.store.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.store.support.Samples;
import vn.counterdesk.store.support.TestStores;

class InvoiceCorrectionTest {
    @TempDir
    Path dir;

    @Test
    void aReplacementIsLinkedToItsOriginal() {
        try (var store = TestStores.openOrFail(dir.resolve("c.db"))) {
            var invoice = Samples.invoiceFor(Samples.person("001090012345", "Nguyễn Văn An", "Hà Nội"));
            var original =
                    (IssueOutcome.Issued) store.invoices().issue(Samples.CLERK, invoice, Samples.xmlWithBuyer(invoice));
            var other =
                    (IssueOutcome.Issued) store.invoices().issue(Samples.CLERK, invoice, Samples.xmlWithBuyer(invoice));

            var replacement = (IssueOutcome.Issued) store.invoices()
                    .issueCorrection(
                            Samples.CLERK,
                            invoice,
                            Samples.xmlWithBuyer(invoice),
                            original.invoiceId(),
                            Correction.Kind.REPLACED);

            assertThat(replacement.number().number()).isEqualTo(3);
            assertThat(store.invoices().correctionsOf(List.of(original.invoiceId(), other.invoiceId())))
                    .containsExactly(
                            new Correction(original.invoiceId(), replacement.invoiceId(), Correction.Kind.REPLACED));
        }
    }

    @Test
    void aCorrectionThatCannotBeSignedLeavesNoLinkAndNoNumber() {
        try (var store = TestStores.openOrFail(dir.resolve("f.db"))) {
            var invoice = Samples.invoiceFor(Samples.person("001090012345", "Nguyễn Văn An", "Hà Nội"));
            var original =
                    (IssueOutcome.Issued) store.invoices().issue(Samples.CLERK, invoice, Samples.xmlWithBuyer(invoice));

            var failed = store.invoices()
                    .issueCorrection(
                            Samples.CLERK,
                            invoice,
                            n -> {
                                throw new IOException("token removed");
                            },
                            original.invoiceId(),
                            Correction.Kind.ADJUSTED);

            assertThat(failed).isInstanceOf(IssueOutcome.NotIssued.class);
            assertThat(store.invoices().correctionsOf(List.of(original.invoiceId())))
                    .isEmpty();
            assertThat(store.invoices().lastNumber(invoice.series())).isEqualTo(1);
        }
    }
}
