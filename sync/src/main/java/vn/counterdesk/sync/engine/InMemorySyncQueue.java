package vn.counterdesk.sync.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.counterdesk.sync.tdiep.ErrorItem;
import vn.counterdesk.sync.tdiep.MessageId;

/** A {@link SyncQueue} in memory, for unit tests and demos; same rules as the SQLite one. */
public final class InMemorySyncQueue implements SyncQueue {

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<MessageId, String> byMessage = new LinkedHashMap<>();
    private String cursor = "";

    private static final class Row {
        final String invoiceId;
        final String taxCode;
        final byte[] invoice;
        final Instant issuedAt;
        SyncStatus status = SyncStatus.ISSUED;
        MessageId messageId;
        byte[] envelope;
        int attempts;
        Instant nextAttemptAt;
        String code;
        byte[] coded;
        List<ErrorItem> errors = List.of();

        Row(String invoiceId, String taxCode, byte[] invoice, Instant issuedAt) {
            this.invoiceId = invoiceId;
            this.taxCode = taxCode;
            this.invoice = invoice.clone();
            this.issuedAt = issuedAt;
            this.nextAttemptAt = issuedAt;
        }

        OutboxEntry entry() {
            return new OutboxEntry(
                    invoiceId,
                    taxCode,
                    status,
                    invoice,
                    Optional.ofNullable(messageId),
                    Optional.ofNullable(envelope),
                    attempts,
                    nextAttemptAt);
        }

        boolean move(SyncStatus next) {
            if (!status.canMoveTo(next)) {
                return false;
            }
            status = next;
            return true;
        }
    }

    @Override
    public synchronized void addIssued(String invoiceId, String taxCode, byte[] signedInvoice, Instant now) {
        rows.putIfAbsent(invoiceId, new Row(invoiceId, taxCode, signedInvoice, now));
    }

    @Override
    public synchronized List<OutboxEntry> issued(int limit) {
        return rows.values().stream()
                .filter(r -> r.status == SyncStatus.ISSUED)
                .limit(limit)
                .map(Row::entry)
                .toList();
    }

    @Override
    public synchronized boolean markQueued(String invoiceId, MessageId messageId, byte[] envelope, Instant now) {
        Row row = rows.get(invoiceId);
        if (row == null || !row.move(SyncStatus.QUEUED)) {
            return false;
        }
        row.messageId = messageId;
        row.envelope = envelope.clone();
        row.nextAttemptAt = now;
        byMessage.put(messageId, invoiceId);
        return true;
    }

    @Override
    public synchronized List<OutboxEntry> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<Row> due = rows.values().stream()
                .filter(r -> isResendable(r.status) && !r.nextAttemptAt.isAfter(now))
                .sorted(Comparator.comparing(r -> r.nextAttemptAt))
                .limit(limit)
                .toList();
        List<OutboxEntry> claimed = new ArrayList<>(due.size());
        for (Row row : due) {
            if (row.status != SyncStatus.ACKNOWLEDGED) {
                row.status = SyncStatus.SENT;
            }
            row.attempts++;
            row.nextAttemptAt = leaseUntil;
            claimed.add(row.entry());
        }
        return claimed;
    }

    static boolean isResendable(SyncStatus status) {
        return status == SyncStatus.QUEUED
                || status == SyncStatus.FAILED_RETRYING
                || status == SyncStatus.SENT
                || status == SyncStatus.ACKNOWLEDGED;
    }

    @Override
    public synchronized void recordFailure(String invoiceId, String reason, Instant retryAt) {
        Row row = rows.get(invoiceId);
        if (row == null || row.status.isFinal()) {
            return;
        }
        if (row.status == SyncStatus.SENT) {
            row.status = SyncStatus.FAILED_RETRYING;
        }
        row.nextAttemptAt = retryAt;
    }

    @Override
    public synchronized boolean acknowledge(MessageId messageId, Instant answerDueBy) {
        Row row = row(messageId);
        if (row != null && row.status == SyncStatus.ACKNOWLEDGED) {
            row.nextAttemptAt = answerDueBy; // a resend was acknowledged again: wait anew
            return false;
        }
        if (row == null || !row.move(SyncStatus.ACKNOWLEDGED)) {
            return false;
        }
        row.nextAttemptAt = answerDueBy;
        return true;
    }

    @Override
    public synchronized boolean markCoded(MessageId messageId, String code, byte[] codedInvoice, Instant now) {
        Row row = row(messageId);
        if (row == null || !row.move(SyncStatus.CODED)) {
            return false;
        }
        row.code = code;
        row.coded = codedInvoice.clone();
        return true;
    }

    @Override
    public synchronized boolean markRejected(MessageId messageId, List<ErrorItem> errors, Instant now) {
        Row row = row(messageId);
        if (row == null || !row.move(SyncStatus.REJECTED)) {
            return false;
        }
        row.errors = List.copyOf(errors);
        return true;
    }

    private Row row(MessageId messageId) {
        String invoiceId = byMessage.get(messageId);
        return invoiceId == null ? null : rows.get(invoiceId);
    }

    @Override
    public synchronized Optional<OutboxEntry> findByMessageId(MessageId messageId) {
        return Optional.ofNullable(row(messageId)).map(Row::entry);
    }

    @Override
    public synchronized Optional<OutboxEntry> find(String invoiceId) {
        return Optional.ofNullable(rows.get(invoiceId)).map(Row::entry);
    }

    @Override
    public synchronized Optional<String> taxAuthorityCode(String invoiceId) {
        return Optional.ofNullable(rows.get(invoiceId)).map(r -> r.code);
    }

    @Override
    public synchronized Optional<byte[]> codedInvoice(String invoiceId) {
        return Optional.ofNullable(rows.get(invoiceId)).map(r -> r.coded).map(byte[]::clone);
    }

    @Override
    public synchronized List<ErrorItem> errors(String invoiceId) {
        return Optional.ofNullable(rows.get(invoiceId)).map(r -> r.errors).orElse(List.of());
    }

    @Override
    public synchronized String answerCursor() {
        return cursor;
    }

    @Override
    public synchronized void saveAnswerCursor(String newCursor) {
        cursor = newCursor;
    }

    @Override
    public synchronized SyncCounts counts() {
        Map<SyncStatus, Long> counts = new EnumMap<>(SyncStatus.class);
        rows.values().forEach(r -> counts.merge(r.status, 1L, Long::sum));
        Optional<Instant> oldest = rows.values().stream()
                .filter(r -> !r.status.isFinal())
                .map(r -> r.issuedAt)
                .min(Comparator.naturalOrder());
        return new SyncCounts(counts, oldest);
    }
}
