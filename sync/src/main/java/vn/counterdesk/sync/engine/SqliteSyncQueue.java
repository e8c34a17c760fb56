package vn.counterdesk.sync.engine;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.counterdesk.sync.tdiep.ErrorItem;
import vn.counterdesk.sync.tdiep.MessageId;

/**
 * A {@link SyncQueue} over its own SQLite tables ({@code sync_outbox}, {@code sync_error},
 * {@code sync_cursor}). Every step is one transaction, so a process killed at any instant leaves a
 * consistent outbox. TO BE REPLACED by an adapter over the store module's outbox once branch
 * {@code store} is merged; the table layout here is private to this class.
 */
public final class SqliteSyncQueue implements SyncQueue, AutoCloseable {

    private static final String COLUMNS =
            "invoice_id, tax_code, status, invoice, message_id, envelope, attempts, next_attempt_at";

    private final Connection connection;

    private SqliteSyncQueue(Connection connection) {
        this.connection = connection;
    }

    public static SqliteSyncQueue open(Path databaseFile) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                // NORMAL in WAL mode survives a killed process; only an OS crash may lose the last commits.
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=10000");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS sync_outbox (
                          invoice_id TEXT PRIMARY KEY,
                          tax_code TEXT NOT NULL,
                          status TEXT NOT NULL,
                          invoice BLOB NOT NULL,
                          message_id TEXT UNIQUE,
                          envelope BLOB,
                          attempts INTEGER NOT NULL DEFAULT 0,
                          next_attempt_at INTEGER NOT NULL,
                          issued_at INTEGER NOT NULL,
                          updated_at INTEGER NOT NULL,
                          last_failure TEXT,
                          tax_authority_code TEXT,
                          coded_invoice BLOB)""");
                s.execute("CREATE INDEX IF NOT EXISTS sync_outbox_due ON sync_outbox(status, next_attempt_at)");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS sync_error (
                          invoice_id TEXT NOT NULL REFERENCES sync_outbox(invoice_id),
                          seq INTEGER NOT NULL,
                          code TEXT NOT NULL,
                          description TEXT NOT NULL,
                          how_to_fix TEXT,
                          note TEXT,
                          PRIMARY KEY (invoice_id, seq))""");
                s.execute(
                        "CREATE TABLE IF NOT EXISTS sync_cursor (id INTEGER PRIMARY KEY CHECK (id = 1), cursor TEXT)");
            }
            return new SqliteSyncQueue(connection);
        } catch (SQLException e) {
            throw new SyncStorageException("cannot open the sync database", e);
        }
    }

    @Override
    public synchronized void addIssued(String invoiceId, String taxCode, byte[] signedInvoice, Instant now) {
        update(
                "INSERT OR IGNORE INTO sync_outbox (invoice_id, tax_code, status, invoice, next_attempt_at,"
                        + " issued_at, updated_at) VALUES (?, ?, 'ISSUED', ?, ?, ?, ?)",
                invoiceId,
                taxCode,
                signedInvoice,
                now.toEpochMilli(),
                now.toEpochMilli(),
                now.toEpochMilli());
    }

    /** Adds many issued invoices in one transaction (bulk imports, tests). */
    public synchronized void addIssued(List<OutboxEntry> entries, Instant now) {
        inTransaction(() -> entries.forEach(e -> addIssued(e.invoiceId(), e.taxCode(), e.invoice(), now)));
    }

    @Override
    public synchronized List<OutboxEntry> issued(int limit) {
        return query(
                "SELECT " + COLUMNS + " FROM sync_outbox WHERE status = 'ISSUED' ORDER BY issued_at LIMIT ?", limit);
    }

    @Override
    public synchronized boolean markQueued(String invoiceId, MessageId messageId, byte[] envelope, Instant now) {
        return update(
                        "UPDATE sync_outbox SET status = 'QUEUED', message_id = ?, envelope = ?, next_attempt_at = ?,"
                                + " updated_at = ? WHERE invoice_id = ? AND status = 'ISSUED'",
                        messageId.value(),
                        envelope,
                        now.toEpochMilli(),
                        now.toEpochMilli(),
                        invoiceId)
                == 1;
    }

    @Override
    public synchronized List<OutboxEntry> claimDue(Instant now, Instant leaseUntil, int limit) {
        return inTransaction(() -> {
            List<OutboxEntry> due = query(
                    "SELECT " + COLUMNS + " FROM sync_outbox WHERE status IN ('QUEUED', 'FAILED_RETRYING', 'SENT',"
                            + " 'ACKNOWLEDGED') AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?",
                    now.toEpochMilli(),
                    limit);
            List<OutboxEntry> claimed = new ArrayList<>(due.size());
            for (OutboxEntry e : due) {
                SyncStatus next = e.status() == SyncStatus.ACKNOWLEDGED ? SyncStatus.ACKNOWLEDGED : SyncStatus.SENT;
                update(
                        "UPDATE sync_outbox SET status = ?, attempts = attempts + 1, next_attempt_at = ?,"
                                + " updated_at = ? WHERE invoice_id = ?",
                        next.name(),
                        leaseUntil.toEpochMilli(),
                        now.toEpochMilli(),
                        e.invoiceId());
                claimed.add(new OutboxEntry(
                        e.invoiceId(),
                        e.taxCode(),
                        next,
                        e.invoice(),
                        e.messageId(),
                        e.envelope(),
                        e.attempts() + 1,
                        leaseUntil));
            }
            return claimed;
        });
    }

    @Override
    public synchronized void recordFailure(String invoiceId, String reason, Instant retryAt) {
        update(
                "UPDATE sync_outbox SET status = CASE status WHEN 'SENT' THEN 'FAILED_RETRYING' ELSE status END,"
                        + " next_attempt_at = ?, last_failure = ? WHERE invoice_id = ?"
                        + " AND status NOT IN ('CODED', 'REJECTED')",
                retryAt.toEpochMilli(),
                reason,
                invoiceId);
    }

    @Override
    public synchronized boolean acknowledge(MessageId messageId, Instant answerDueBy) {
        // A resend acknowledged again: no status change, but the wait for the answer starts anew.
        update(
                "UPDATE sync_outbox SET next_attempt_at = ? WHERE message_id = ? AND status = 'ACKNOWLEDGED'",
                answerDueBy.toEpochMilli(),
                messageId.value());
        return move(messageId, SyncStatus.ACKNOWLEDGED, "next_attempt_at = ?", answerDueBy.toEpochMilli());
    }

    @Override
    public synchronized boolean markCoded(MessageId messageId, String code, byte[] codedInvoice, Instant now) {
        return move(messageId, SyncStatus.CODED, "tax_authority_code = ?, coded_invoice = ?", code, codedInvoice);
    }

    @Override
    public synchronized boolean markRejected(MessageId messageId, List<ErrorItem> errors, Instant now) {
        return inTransaction(() -> {
            Optional<OutboxEntry> entry = findByMessageId(messageId);
            if (entry.isEmpty() || !move(messageId, SyncStatus.REJECTED, "last_failure = NULL")) {
                return false;
            }
            for (int i = 0; i < errors.size(); i++) {
                ErrorItem error = errors.get(i);
                update(
                        "INSERT INTO sync_error (invoice_id, seq, code, description, how_to_fix, note)"
                                + " VALUES (?, ?, ?, ?, ?, ?)",
                        entry.get().invoiceId(),
                        i,
                        error.code(),
                        error.description(),
                        error.howToFix().orElse(null),
                        error.note().orElse(null));
            }
            return true;
        });
    }

    /** The guarded status change: the WHERE clause lists exactly the statuses allowed before {@code next}. */
    private boolean move(MessageId messageId, SyncStatus next, String extraAssignments, Object... extraValues) {
        Set<SyncStatus> from = SyncStatus.allowedBefore(next);
        String placeholders = from.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        Object[] values = new Object[extraValues.length + 3];
        values[0] = next.name();
        System.arraycopy(extraValues, 0, values, 1, extraValues.length);
        values[extraValues.length + 1] = System.currentTimeMillis();
        values[extraValues.length + 2] = messageId.value();
        return update(
                        "UPDATE sync_outbox SET status = ?, " + extraAssignments + ", updated_at = ?"
                                + " WHERE message_id = ? AND status IN (" + placeholders + ")",
                        values)
                == 1;
    }

    @Override
    public synchronized Optional<OutboxEntry> findByMessageId(MessageId messageId) {
        return query("SELECT " + COLUMNS + " FROM sync_outbox WHERE message_id = ?", messageId.value()).stream()
                .findFirst();
    }

    @Override
    public synchronized Optional<OutboxEntry> find(String invoiceId) {
        return query("SELECT " + COLUMNS + " FROM sync_outbox WHERE invoice_id = ?", invoiceId).stream()
                .findFirst();
    }

    @Override
    public synchronized Optional<String> taxAuthorityCode(String invoiceId) {
        return single("SELECT tax_authority_code FROM sync_outbox WHERE invoice_id = ?", invoiceId)
                .map(String.class::cast);
    }

    @Override
    public synchronized Optional<byte[]> codedInvoice(String invoiceId) {
        return single("SELECT coded_invoice FROM sync_outbox WHERE invoice_id = ?", invoiceId)
                .map(byte[].class::cast);
    }

    @Override
    public synchronized List<ErrorItem> errors(String invoiceId) {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT code, description, how_to_fix, note FROM sync_error WHERE invoice_id = ? ORDER BY seq")) {
            s.setString(1, invoiceId);
            List<ErrorItem> errors = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    errors.add(new ErrorItem(
                            rs.getString(1),
                            rs.getString(2),
                            Optional.ofNullable(rs.getString(3)),
                            Optional.ofNullable(rs.getString(4))));
                }
            }
            return errors;
        } catch (SQLException e) {
            throw new SyncStorageException("cannot read rejection errors", e);
        }
    }

    /** Entries in the given statuses, oldest first: what a sync panel lists (failing, rejected). */
    public synchronized List<OutboxEntry> withStatus(Set<SyncStatus> statuses, int limit) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        String in = statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        return query(
                "SELECT " + COLUMNS + " FROM sync_outbox WHERE status IN (" + in + ") ORDER BY issued_at LIMIT ?",
                limit);
    }

    /** Why the last attempt failed in transport (no personal data: the engine writes kinds, not bodies). */
    public synchronized Optional<String> lastFailure(String invoiceId) {
        return single("SELECT last_failure FROM sync_outbox WHERE invoice_id = ?", invoiceId)
                .map(String.class::cast);
    }

    /**
     * A clerk's "retry now": a FAILED_RETRYING entry becomes due at {@code now} instead of waiting out its
     * backoff. Same entry, same message id, so the retry stays idempotent. {@code false} when not failing.
     */
    public synchronized boolean retryNow(String invoiceId, Instant now) {
        return update(
                        "UPDATE sync_outbox SET next_attempt_at = ? WHERE invoice_id = ? AND status = 'FAILED_RETRYING'",
                        now.toEpochMilli(),
                        invoiceId)
                == 1;
    }

    /** {@link #retryNow} for every failing entry; returns how many were moved forward. */
    public synchronized int retryAllFailing(Instant now) {
        return update(
                "UPDATE sync_outbox SET next_attempt_at = ? WHERE status = 'FAILED_RETRYING'", now.toEpochMilli());
    }

    @Override
    public synchronized String answerCursor() {
        return single("SELECT cursor FROM sync_cursor WHERE id = 1")
                .map(String.class::cast)
                .orElse("");
    }

    @Override
    public synchronized void saveAnswerCursor(String cursor) {
        update(
                "INSERT INTO sync_cursor (id, cursor) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET cursor = excluded.cursor",
                cursor);
    }

    @Override
    public synchronized SyncCounts counts() {
        Map<SyncStatus, Long> counts = new EnumMap<>(SyncStatus.class);
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM sync_outbox GROUP BY status")) {
            while (rs.next()) {
                counts.put(SyncStatus.valueOf(rs.getString(1)), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new SyncStorageException("cannot count the outbox", e);
        }
        Optional<Instant> oldest = single(
                        "SELECT MIN(issued_at) FROM sync_outbox WHERE status NOT IN ('CODED', 'REJECTED')")
                .map(v -> Instant.ofEpochMilli(((Number) v).longValue()));
        return new SyncCounts(counts, oldest);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new SyncStorageException("cannot close the sync database", e);
        }
    }

    private interface Work<T> {
        T run();
    }

    private <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SyncStorageException("sync database transaction failed", e);
        }
    }

    private void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    private int update(String sql, Object... values) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, values);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new SyncStorageException("sync database update failed", e);
        }
    }

    private List<OutboxEntry> query(String sql, Object... values) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, values);
            List<OutboxEntry> entries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new OutboxEntry(
                            rs.getString(1),
                            rs.getString(2),
                            SyncStatus.valueOf(rs.getString(3)),
                            rs.getBytes(4),
                            Optional.ofNullable(rs.getString(5)).map(MessageId::new),
                            Optional.ofNullable(rs.getBytes(6)),
                            rs.getInt(7),
                            Instant.ofEpochMilli(rs.getLong(8))));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new SyncStorageException("sync database query failed", e);
        }
    }

    private Optional<Object> single(String sql, Object... values) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getObject(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new SyncStorageException("sync database query failed", e);
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}
