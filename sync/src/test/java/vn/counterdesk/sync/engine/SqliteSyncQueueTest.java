package vn.counterdesk.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.sync.tdiep.ErrorItem;
import vn.counterdesk.sync.tdiep.MessageId;
import vn.counterdesk.sync.tdiep.PartyCode;

class SqliteSyncQueueTest {

    private static final Instant T0 = Instant.parse("2026-11-27T03:00:00Z");
    private static final byte[] INVOICE = "<HDon/>".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void theMessageIdAndEnvelopeSurviveAReopenAndAreReusedForTheResend() {
        MessageId id = MessageId.newFor(new PartyCode("0100000000"));
        byte[] envelope = "<TDiep>…</TDiep>".getBytes(StandardCharsets.UTF_8);
        try (SqliteSyncQueue queue = SqliteSyncQueue.open(dir.resolve("o.db"))) {
            queue.addIssued("a", "0100000001", INVOICE, T0);
            assertThat(queue.markQueued("a", id, envelope, T0)).isTrue();
            List<OutboxEntry> claimed = queue.claimDue(T0, T0.plusSeconds(60), 10);
            assertThat(claimed)
                    .singleElement()
                    .satisfies(e -> assertThat(e.status()).isEqualTo(SyncStatus.SENT));
        }
        try (SqliteSyncQueue reopened = SqliteSyncQueue.open(dir.resolve("o.db"))) {
            assertThat(reopened.claimDue(T0.plusSeconds(30), T0.plusSeconds(90), 10))
                    .as("leased while the first attempt may still be in flight")
                    .isEmpty();
            OutboxEntry resend = reopened.claimDue(T0.plusSeconds(61), T0.plusSeconds(120), 10)
                    .getFirst();
            assertThat(resend.messageId()).contains(id);
            assertThat(resend.envelope()).hasValueSatisfying(e -> assertThat(e).isEqualTo(envelope));
            assertThat(resend.attempts()).isEqualTo(2);
        }
    }

    @Test
    void statusOnlyMovesForwardAndFinalStatesAbsorbLateAnswers() {
        MessageId id = MessageId.newFor(new PartyCode("0100000000"));
        try (SqliteSyncQueue queue = SqliteSyncQueue.open(dir.resolve("o.db"))) {
            queue.addIssued("a", "0100000001", INVOICE, T0);
            queue.markQueued("a", id, INVOICE, T0);
            queue.claimDue(T0, T0.plusSeconds(60), 10);
            queue.recordFailure("a", "TIMEOUT", T0.plusSeconds(5));
            assertThat(queue.find("a").orElseThrow().status()).isEqualTo(SyncStatus.FAILED_RETRYING);

            assertThat(queue.acknowledge(id, T0.plus(Duration.ofMinutes(10)))).isTrue();
            assertThat(queue.markCoded(id, "00474597512BE94B7BAB367996EF464828", INVOICE, T0))
                    .isTrue();
            assertThat(queue.markRejected(id, List.of(ErrorItem.of("1", "late")), T0))
                    .isFalse();
            assertThat(queue.acknowledge(id, T0)).isFalse();
            queue.recordFailure("a", "TIMEOUT", T0);

            assertThat(queue.find("a").orElseThrow().status()).isEqualTo(SyncStatus.CODED);
            assertThat(queue.taxAuthorityCode("a")).contains("00474597512BE94B7BAB367996EF464828");
            assertThat(queue.errors("a")).isEmpty();
            assertThat(queue.claimDue(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2)), 10))
                    .isEmpty();
        }
    }

    @Test
    void keepsRejectionErrorsTheCursorAndTheOldestUnsyncedInvoice() {
        MessageId id = MessageId.newFor(new PartyCode("0100000000"));
        try (SqliteSyncQueue queue = SqliteSyncQueue.open(dir.resolve("o.db"))) {
            queue.addIssued("old", "0100000001", INVOICE, T0);
            queue.addIssued("new", "0100000001", INVOICE, T0.plusSeconds(3600));
            queue.markQueued("old", id, INVOICE, T0);
            queue.markRejected(
                    id,
                    List.of(new ErrorItem(
                            "30001", "Tổng tiền sai", java.util.Optional.of("Tính lại"), java.util.Optional.empty())),
                    T0);
            queue.saveAnswerCursor("1234");

            assertThat(queue.errors("old")).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo("30001");
                assertThat(e.howToFix()).contains("Tính lại");
            });
            assertThat(queue.answerCursor()).isEqualTo("1234");
            SyncCounts counts = queue.counts();
            assertThat(counts.count(SyncStatus.REJECTED)).isEqualTo(1);
            assertThat(counts.count(SyncStatus.ISSUED)).isEqualTo(1);
            assertThat(counts.oldestUnsyncedSince()).contains(T0.plusSeconds(3600));
        }
    }
}
