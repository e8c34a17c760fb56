package vn.counterdesk.store.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.store.StoreSettings;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.invoice.InvoiceStatus;
import vn.counterdesk.store.invoice.IssueOutcome;
import vn.counterdesk.store.support.MutableClock;
import vn.counterdesk.store.support.Samples;
import vn.counterdesk.store.support.TestStores;

class OutboxTest {
    private static final AccessContext SYNC = new AccessContext("sync-engine", "transmit invoice to tax authority");
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0);

    @Test
    void claimSendAndCodeKeepsTheMessageIdAndStoresTheAnswer() {
        try (var store = TestStores.openOrFail(dir.resolve("o.db"), StoreSettings.defaults(), clock)) {
            var issued = issue(store);
            var outbox = store.outbox();
            assertThat(outbox.oldestUnsynced()).contains(T0);

            var claimed = outbox.claimDue(SYNC, 10, Duration.ofMinutes(1));
            assertThat(claimed).singleElement().satisfies(entry -> {
                assertThat(entry.messageId()).isEqualTo(issued.messageId());
                assertThat(new String(entry.signedXml(), StandardCharsets.UTF_8))
                        .contains("<SHDon>1</SHDon>");
            });
            assertThat(outbox.claimDue(SYNC, 10, Duration.ofMinutes(1)))
                    .as("leased")
                    .isEmpty();

            assertThat(outbox.record(
                            issued.invoiceId(), new AttemptOutcome.Failed("connect timed out", T0.plusSeconds(30))))
                    .isEqualTo(new Transition.Moved(InvoiceStatus.QUEUED, InvoiceStatus.FAILED_RETRYING));
            assertThat(outbox.claimDue(SYNC, 10, Duration.ofMinutes(1)))
                    .as("not due yet")
                    .isEmpty();
            clock.advance(Duration.ofSeconds(31));
            var retry = outbox.claimDue(SYNC, 10, Duration.ofMinutes(1));
            assertThat(retry).singleElement().satisfies(entry -> {
                assertThat(entry.messageId()).as("resend is idempotent").isEqualTo(issued.messageId());
                assertThat(entry.attempts()).isEqualTo(1);
            });

            assertThat(outbox.record(
                            issued.invoiceId(),
                            new AttemptOutcome.Sent(clock.instant().plusSeconds(60))))
                    .isEqualTo(new Transition.Moved(InvoiceStatus.FAILED_RETRYING, InvoiceStatus.SENT));
            assertThat(outbox.record(issued.invoiceId(), new AttemptOutcome.Acknowledged(clock.instant())))
                    .isEqualTo(new Transition.Moved(InvoiceStatus.SENT, InvoiceStatus.ACKNOWLEDGED));
            byte[] coded =
                    "<HDon><MCCQT>00474597512BE94B7BAB367996EF464828</MCCQT></HDon>".getBytes(StandardCharsets.UTF_8);
            assertThat(outbox.record(
                            issued.invoiceId(), new AttemptOutcome.Coded("00474597512BE94B7BAB367996EF464828", coded)))
                    .isEqualTo(new Transition.Moved(InvoiceStatus.ACKNOWLEDGED, InvoiceStatus.CODED));

            var document =
                    store.invoices().document(Samples.CLERK, issued.invoiceId()).orElseThrow();
            assertThat(document.codedXml())
                    .hasValueSatisfying(xml -> assertThat(xml).isEqualTo(coded));
            var summary = store.invoices()
                    .search(Samples.CLERK, vn.counterdesk.store.invoice.InvoiceQuery.all())
                    .getFirst();
            assertThat(summary.status()).isEqualTo(InvoiceStatus.CODED);
            assertThat(summary.authorityCode()).contains("00474597512BE94B7BAB367996EF464828");
            assertThat(outbox.oldestUnsynced()).isEmpty();
            assertThat(outbox.claimDue(SYNC, 10, Duration.ofMinutes(1)))
                    .as("final")
                    .isEmpty();
        }
    }

    @Test
    void lateOrDuplicateAnswersNeverMoveAnInvoiceBackwards() {
        try (var store = TestStores.openOrFail(dir.resolve("m.db"), StoreSettings.defaults(), clock)) {
            var issued = issue(store);
            var outbox = store.outbox();
            outbox.record(issued.invoiceId(), new AttemptOutcome.Sent(T0));
            outbox.record(
                    issued.invoiceId(), new AttemptOutcome.Rejected(List.of("MLoi 2: MST người mua không hợp lệ")));

            assertThat(outbox.record(issued.invoiceId(), new AttemptOutcome.Sent(T0)))
                    .isEqualTo(new Transition.Ignored(InvoiceStatus.REJECTED));
            assertThat(outbox.record(issued.invoiceId(), new AttemptOutcome.Coded("X", new byte[] {1})))
                    .isEqualTo(new Transition.Ignored(InvoiceStatus.REJECTED));
            assertThat(outbox.record(issued.invoiceId(), new AttemptOutcome.Failed("late timeout", T0)))
                    .isEqualTo(new Transition.Ignored(InvoiceStatus.REJECTED));
            assertThat(outbox.record(999, new AttemptOutcome.Sent(T0))).isEqualTo(new Transition.UnknownInvoice(999));

            var document =
                    store.invoices().document(Samples.CLERK, issued.invoiceId()).orElseThrow();
            assertThat(document.rejectionErrors()).containsExactly("MLoi 2: MST người mua không hợp lệ");
            assertThat(document.codedXml()).isEmpty();
            var counts = outbox.countsByStatus();
            assertThat(counts.get(InvoiceStatus.REJECTED)).isEqualTo(1);
            assertThat(counts.get(InvoiceStatus.QUEUED)).isZero();
        }
    }

    @Test
    void aPollingFailureAfterDeliveryKeepsTheDeliveredState() {
        try (var store = TestStores.openOrFail(dir.resolve("p.db"), StoreSettings.defaults(), clock)) {
            var issued = issue(store);
            var outbox = store.outbox();
            outbox.record(issued.invoiceId(), new AttemptOutcome.Sent(T0));
            assertThat(outbox.record(
                            issued.invoiceId(), new AttemptOutcome.Failed("poll timed out", T0.plusSeconds(60))))
                    .isEqualTo(new Transition.Ignored(InvoiceStatus.SENT));
            assertThat(outbox.countsByStatus().get(InvoiceStatus.SENT)).isEqualTo(1);
            clock.advance(Duration.ofSeconds(61));
            assertThat(outbox.claimDue(SYNC, 5, Duration.ofMinutes(1)))
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.status()).isEqualTo(InvoiceStatus.SENT));
        }
    }

    private static IssueOutcome.Issued issue(vn.counterdesk.store.CounterStore store) {
        var invoice = Samples.invoiceFor(Samples.person("001090012345", "Nguyễn Văn An", "Hà Nội"));
        return (IssueOutcome.Issued) store.invoices().issue(Samples.CLERK, invoice, Samples.xmlWithBuyer(invoice));
    }
}
