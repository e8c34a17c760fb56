package vn.counterdesk.store.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.audit.AuditLog;
import vn.counterdesk.store.crypto.FieldCipher;
import vn.counterdesk.store.db.Database;
import vn.counterdesk.store.db.JsonColumn;
import vn.counterdesk.store.invoice.InvoiceRepository;
import vn.counterdesk.store.invoice.InvoiceStatus;

/**
 * The sync outbox. Entries are created by {@link InvoiceRepository#issue} in the issuing transaction. The sync
 * engine claims due entries (a lease keeps two engines from sending the same invoice at once), sends them with
 * the stored MTDiep, and records each outcome. Every transition is one transaction and monotonic.
 */
public final class Outbox {
    private static final List<InvoiceStatus> PENDING = List.of(
            InvoiceStatus.QUEUED, InvoiceStatus.FAILED_RETRYING, InvoiceStatus.SENT, InvoiceStatus.ACKNOWLEDGED);

    private static final String ENTRY_SELECT = "SELECT o.invoice_id, o.message_id, o.state, o.attempts, i.uid,"
            + " d.signed_xml_enc FROM outbox o JOIN invoices i ON i.id = o.invoice_id"
            + " JOIN invoice_documents d ON d.invoice_id = o.invoice_id";

    private static final String STATE_SELECT =
            "SELECT invoice_id, state, attempts, next_attempt_at, last_error FROM outbox";

    private final Database database;
    private final FieldCipher cipher;
    private final InvoiceRepository invoices;
    private final AuditLog audit;
    private final Clock clock;

    public Outbox(Database database, FieldCipher cipher, InvoiceRepository invoices, AuditLog audit, Clock clock) {
        this.database = database;
        this.cipher = cipher;
        this.invoices = invoices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Claims up to {@code max} entries whose next attempt is due, leasing them for {@code lease}. */
    public List<OutboxEntry> claimDue(AccessContext context, int max, Duration lease) {
        return database.write(connection -> {
            long now = clock.millis();
            var entries = new ArrayList<OutboxEntry>();
            try (var query = connection.prepareStatement(ENTRY_SELECT
                    + " WHERE o.state IN ('QUEUED', 'FAILED_RETRYING', 'SENT', 'ACKNOWLEDGED')"
                    + " AND o.next_attempt_at <= ? AND o.lease_until <= ? ORDER BY o.next_attempt_at LIMIT ?")) {
                query.setLong(1, now);
                query.setLong(2, now);
                query.setInt(3, max);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(toEntry(rows));
                    }
                }
            }
            try (var leaseUpdate =
                    connection.prepareStatement("UPDATE outbox SET lease_until = ? WHERE invoice_id = ?")) {
                for (OutboxEntry entry : entries) {
                    leaseUpdate.setLong(1, now + lease.toMillis());
                    leaseUpdate.setLong(2, entry.invoiceId());
                    leaseUpdate.addBatch();
                }
                leaseUpdate.executeBatch();
            }
            if (!entries.isEmpty()) {
                audit.append(
                        connection,
                        context,
                        "OUTBOX_CLAIM",
                        "invoice:"
                                + String.join(
                                        ",",
                                        entries.stream()
                                                .map(e -> String.valueOf(e.invoiceId()))
                                                .toList()));
            }
            return entries;
        });
    }

    /** Records one attempt or answer; ignores anything that would move the invoice backwards. */
    public Transition record(long invoiceId, AttemptOutcome outcome) {
        return database.write(connection -> {
            Optional<InvoiceStatus> current = state(connection, invoiceId);
            if (current.isEmpty()) {
                return new Transition.UnknownInvoice(invoiceId);
            }
            InvoiceStatus from = current.get();
            InvoiceStatus to = outcome.target();
            long now = clock.millis();
            boolean moves = from.canMoveTo(to);
            // A failure after delivery (e.g. polling for the answer) keeps the delivered state and retries later.
            boolean retryOnly = outcome instanceof AttemptOutcome.Failed && !from.isFinal() && !moves;
            InvoiceStatus after = moves ? to : from;
            recordAttempt(connection, invoiceId, outcome, after, now);
            if (!moves && !retryOnly) {
                return new Transition.Ignored(from);
            }
            long nextAttempt = switch (outcome) {
                case AttemptOutcome.Sent sent -> sent.nextCheck().toEpochMilli();
                case AttemptOutcome.Acknowledged ack -> ack.nextCheck().toEpochMilli();
                case AttemptOutcome.Failed failed -> failed.retryAt().toEpochMilli();
                case AttemptOutcome.Coded coded -> Long.MAX_VALUE;
                case AttemptOutcome.Rejected rejected -> Long.MAX_VALUE;
            };
            try (var update = connection.prepareStatement("UPDATE outbox SET state = ?, next_attempt_at = ?,"
                    + " lease_until = 0, attempts = attempts + 1, last_error = ? WHERE invoice_id = ?")) {
                update.setString(1, after.name());
                update.setLong(2, nextAttempt);
                update.setString(3, outcome instanceof AttemptOutcome.Failed failed ? failed.detail() : null);
                update.setLong(4, invoiceId);
                update.executeUpdate();
            }
            try (var update = connection.prepareStatement("UPDATE invoices SET status = ? WHERE id = ?")) {
                update.setString(1, after.name());
                update.setLong(2, invoiceId);
                update.executeUpdate();
            }
            storeAnswer(connection, invoiceId, outcome);
            return retryOnly ? new Transition.Ignored(from) : new Transition.Moved(from, after);
        });
    }

    private void storeAnswer(Connection connection, long invoiceId, AttemptOutcome outcome) throws SQLException {
        switch (outcome) {
            case AttemptOutcome.Coded coded -> {
                invoices.storeAnswer(
                        connection, invoiceId, InvoiceRepository.AnswerColumn.CODED_XML, coded.returnedXml());
                try (var update = connection.prepareStatement("UPDATE invoices SET authority_code = ? WHERE id = ?")) {
                    update.setString(1, coded.authorityCode());
                    update.setLong(2, invoiceId);
                    update.executeUpdate();
                }
            }
            case AttemptOutcome.Rejected rejected ->
                invoices.storeAnswer(
                        connection,
                        invoiceId,
                        InvoiceRepository.AnswerColumn.REJECTION,
                        JsonColumn.encode(rejected.errors()));
            default -> {}
        }
    }

    private static void recordAttempt(
            Connection connection, long invoiceId, AttemptOutcome outcome, InvoiceStatus after, long now)
            throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO outbox_attempts (invoice_id, attempt_no, at,"
                + " outcome, state_after, detail) VALUES (?, (SELECT count(*) + 1 FROM outbox_attempts WHERE"
                + " invoice_id = ?), ?, ?, ?, ?)")) {
            insert.setLong(1, invoiceId);
            insert.setLong(2, invoiceId);
            insert.setLong(3, now);
            insert.setString(4, outcome.target().name());
            insert.setString(5, after.name());
            insert.setString(6, outcome instanceof AttemptOutcome.Failed failed ? failed.detail() : null);
            insert.executeUpdate();
        }
    }

    private static Optional<InvoiceStatus> state(Connection connection, long invoiceId) throws SQLException {
        try (var query = connection.prepareStatement("SELECT state FROM outbox WHERE invoice_id = ?")) {
            query.setLong(1, invoiceId);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(InvoiceStatus.valueOf(rows.getString(1))) : Optional.empty();
            }
        }
    }

    /**
     * The entry sent under {@code messageId} (MTDiep): how an answer of the tax authority finds its invoice and
     * the signed XML its 202 must carry unchanged.
     */
    public Optional<OutboxEntry> findByMessageId(String messageId) {
        return findWhere("o.message_id = ?", messageId);
    }

    public Optional<OutboxEntry> find(long invoiceId) {
        return findWhere("o.invoice_id = ?", invoiceId);
    }

    private Optional<OutboxEntry> findWhere(String condition, Object key) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement(ENTRY_SELECT + " WHERE " + condition)) {
                query.setObject(1, key);
                try (var rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(toEntry(rows)) : Optional.<OutboxEntry>empty();
                }
            }
        });
    }

    private OutboxEntry toEntry(java.sql.ResultSet rows) throws SQLException {
        byte[] aad =
                FieldCipher.aad("invoices", "signed_xml_enc", HexFormat.of().formatHex(rows.getBytes(5)));
        return new OutboxEntry(
                rows.getLong(1),
                rows.getString(2),
                InvoiceStatus.valueOf(rows.getString(3)),
                rows.getInt(4),
                cipher.decrypt(rows.getBytes(6), aad));
    }

    /** The message id (MTDiep) stored for an invoice. */
    public Optional<String> messageId(long invoiceId) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT message_id FROM outbox WHERE invoice_id = ?")) {
                query.setLong(1, invoiceId);
                try (var rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Invoices per status (every status present, zero when none). */
    public Map<InvoiceStatus, Long> countsByStatus() {
        return database.read(connection -> {
            var counts = new EnumMap<InvoiceStatus, Long>(InvoiceStatus.class);
            for (InvoiceStatus status : InvoiceStatus.values()) {
                counts.put(status, 0L);
            }
            try (var query = connection.prepareStatement("SELECT state, count(*) FROM outbox GROUP BY state");
                    var rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(InvoiceStatus.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    /** When the oldest invoice not yet coded or rejected was queued (drives the "not synced" alarm). */
    public Optional<Instant> oldestUnsynced() {
        return database.read(connection -> {
            Optional<Instant> oldest = Optional.empty();
            try (var query = connection.prepareStatement("SELECT min(enqueued_at) FROM outbox WHERE state = ?")) {
                for (InvoiceStatus status : PENDING) {
                    query.setString(1, status.name());
                    try (var rows = query.executeQuery()) {
                        long value = rows.next() ? rows.getLong(1) : 0;
                        if (!rows.wasNull() && value > 0) {
                            var candidate = Instant.ofEpochMilli(value);
                            if (oldest.isEmpty() || candidate.isBefore(oldest.get())) {
                                oldest = Optional.of(candidate);
                            }
                        }
                    }
                }
            }
            return oldest;
        });
    }

    /** Invoices in the given states, longest waiting first (e.g. failing and rejected for a sync panel). */
    public List<OutboxState> inStates(Set<InvoiceStatus> states, int limit) {
        if (states.isEmpty()) {
            return List.of();
        }
        String in = states.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        return database.read(connection -> {
            var result = new ArrayList<OutboxState>();
            try (var query = connection.prepareStatement(
                    STATE_SELECT + " WHERE state IN (" + in + ")" + " ORDER BY enqueued_at, invoice_id LIMIT ?")) {
                query.setInt(1, limit);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        result.add(toState(rows));
                    }
                }
            }
            return result;
        });
    }

    public Optional<OutboxState> stateOf(long invoiceId) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement(STATE_SELECT + " WHERE invoice_id = ?")) {
                query.setLong(1, invoiceId);
                try (var rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(toState(rows)) : Optional.<OutboxState>empty();
                }
            }
        });
    }

    /**
     * A clerk's "retry now": a failing invoice becomes due at once instead of after its backoff. Same entry, same
     * MTDiep, so the resend stays idempotent; audited as the clerk's action. {@code false} when it is not failing.
     */
    public boolean retryNow(AccessContext context, long invoiceId) {
        return retry(context, " AND invoice_id = ?", invoiceId) == 1;
    }

    /** {@link #retryNow} for every failing invoice; returns how many were moved forward. */
    public int retryAllFailing(AccessContext context) {
        return retry(context, "", null);
    }

    private int retry(AccessContext context, String condition, Long invoiceId) {
        return database.write(connection -> {
            int changed;
            try (var update = connection.prepareStatement("UPDATE outbox SET next_attempt_at = ?, lease_until = 0"
                    + " WHERE state = 'FAILED_RETRYING'" + condition)) {
                update.setLong(1, clock.millis());
                if (invoiceId != null) {
                    update.setLong(2, invoiceId);
                }
                changed = update.executeUpdate();
            }
            if (changed > 0) {
                audit.append(
                        connection,
                        context,
                        "OUTBOX_RETRY",
                        invoiceId == null ? "invoice:failing" : "invoice:" + invoiceId);
            }
            return changed;
        });
    }

    private static OutboxState toState(java.sql.ResultSet rows) throws SQLException {
        return new OutboxState(
                rows.getLong(1),
                InvoiceStatus.valueOf(rows.getString(2)),
                rows.getInt(3),
                Instant.ofEpochMilli(rows.getLong(4)),
                Optional.ofNullable(rows.getString(5)));
    }
}
