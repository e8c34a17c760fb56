package vn.counterdesk.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.sync.tdiep.MessageId;
import vn.counterdesk.sync.tdiep.PartyCode;

/** The clerk's retry: a failing entry becomes due now, keeps its message id; other states are left alone. */
class SqliteSyncQueueRetryTest {

    @TempDir
    Path dir;

    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void retryNowMakesAFailingEntryDueImmediatelyWithTheSameMessageId() {
        try (SqliteSyncQueue queue = SqliteSyncQueue.open(dir.resolve("sync.db"))) {
            MessageId id = failing(queue, "inv-1", T0.plus(Duration.ofMinutes(10)));
            queue.addIssued("inv-2", "0100000001", xml(), T0);

            assertThat(queue.claimDue(T0.plusSeconds(1), T0.plusSeconds(30), 10))
                    .as("backing off: nothing due yet")
                    .isEmpty();
            assertThat(queue.withStatus(EnumSet.of(SyncStatus.FAILED_RETRYING), 10))
                    .extracting(OutboxEntry::invoiceId)
                    .containsExactly("inv-1");
            assertThat(queue.lastFailure("inv-1")).contains("TIMEOUT");

            assertThat(queue.retryNow("inv-1", T0.plusSeconds(2))).isTrue();
            assertThat(queue.retryNow("inv-2", T0.plusSeconds(2)))
                    .as("not failing")
                    .isFalse();

            var due = queue.claimDue(T0.plusSeconds(2), T0.plusSeconds(30), 10);
            assertThat(due).singleElement().satisfies(e -> {
                assertThat(e.invoiceId()).isEqualTo("inv-1");
                assertThat(e.messageId()).contains(id);
                assertThat(e.status()).isEqualTo(SyncStatus.SENT);
            });
        }
    }

    @Test
    void retryAllFailingMovesOnlyFailingEntries() {
        try (SqliteSyncQueue queue = SqliteSyncQueue.open(dir.resolve("all.db"))) {
            failing(queue, "inv-1", T0.plus(Duration.ofMinutes(5)));
            failing(queue, "inv-2", T0.plus(Duration.ofMinutes(7)));

            assertThat(queue.retryAllFailing(T0.plusSeconds(3))).isEqualTo(2);
            assertThat(queue.claimDue(T0.plusSeconds(3), T0.plusSeconds(30), 10))
                    .extracting(OutboxEntry::invoiceId)
                    .containsExactlyInAnyOrder("inv-1", "inv-2");
            assertThat(queue.retryAllFailing(T0.plusSeconds(4))).as("now SENT").isZero();
        }
    }

    private static MessageId failing(SqliteSyncQueue queue, String invoiceId, Instant retryAt) {
        queue.addIssued(invoiceId, "0100000001", xml(), T0);
        MessageId id = MessageId.newFor(new PartyCode("K0100000000"));
        queue.markQueued(invoiceId, id, "<TDiep/>".getBytes(StandardCharsets.UTF_8), T0);
        assertThat(queue.claimDue(T0, T0.plusSeconds(30), 10)).isNotEmpty();
        queue.recordFailure(invoiceId, "TIMEOUT", retryAt);
        return id;
    }

    private static byte[] xml() {
        return "<HDon/>".getBytes(StandardCharsets.UTF_8);
    }
}
