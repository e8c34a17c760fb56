package vn.counterdesk.store.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.counterdesk.store.crypto.StoreKeys;
import vn.counterdesk.store.db.Database;

/**
 * Append-only audit log, hash-chained: {@code row_hash = HMAC(auditKey, prev_hash || seq || at || actor ||
 * action || subject || purpose)}. Because the chain is keyed, someone who edits the file without the store's
 * keys cannot recompute it. Removing the newest rows is only detectable against an exported {@link #head()}.
 */
public final class AuditLog {
    private static final byte[] GENESIS = new byte[32];

    private final Database database;
    private final Clock clock;
    private final byte[] auditKey;

    public AuditLog(Database database, StoreKeys keys, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.auditKey = keys.indexSubKey("audit-chain");
    }

    /** Appends one row inside the caller's write transaction, so the audited work and its record commit together. */
    public void append(Connection connection, AccessContext context, String action, String subject)
            throws SQLException {
        long seq = 1;
        byte[] previous = GENESIS;
        try (var last = connection.prepareStatement("SELECT seq, row_hash FROM audit_log ORDER BY seq DESC LIMIT 1");
                var rows = last.executeQuery()) {
            if (rows.next()) {
                seq = rows.getLong(1) + 1;
                previous = rows.getBytes(2);
            }
        }
        var entry = new AuditEntry(seq, clock.instant(), context.actor(), action, subject, context.purpose());
        try (var insert = connection.prepareStatement("INSERT INTO audit_log (seq, at, actor, action, subject,"
                + " purpose, prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setLong(2, entry.at().toEpochMilli());
            insert.setString(3, entry.actor());
            insert.setString(4, entry.action());
            insert.setString(5, entry.subject());
            insert.setString(6, entry.purpose());
            insert.setBytes(7, previous);
            insert.setBytes(8, rowHash(previous, entry));
            insert.executeUpdate();
        }
    }

    /** Appends one row in its own transaction. */
    public void append(AccessContext context, String action, String subject) {
        database.write(connection -> {
            append(connection, context, action, subject);
            return null;
        });
    }

    /** Walks the whole chain in order and reports the first row that does not fit. */
    public ChainVerification verify() {
        return database.read(connection -> {
            byte[] previous = GENESIS;
            long expectedSeq = 1;
            long count = 0;
            try (var query = connection.prepareStatement(
                            "SELECT seq, at, actor, action, subject, purpose, prev_hash, row_hash FROM audit_log"
                                    + " ORDER BY seq");
                    var rows = query.executeQuery()) {
                while (rows.next()) {
                    var entry = new AuditEntry(
                            rows.getLong(1),
                            Instant.ofEpochMilli(rows.getLong(2)),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6));
                    if (entry.seq() != expectedSeq) {
                        return new ChainVerification.Broken(expectedSeq, ChainVerification.Reason.ROW_MISSING);
                    }
                    byte[] storedPrevious = rows.getBytes(7);
                    if (!Arrays.equals(storedPrevious, previous)) {
                        return new ChainVerification.Broken(entry.seq(), ChainVerification.Reason.LINK_BROKEN);
                    }
                    byte[] stored = rows.getBytes(8);
                    if (!java.security.MessageDigest.isEqual(stored, rowHash(previous, entry))) {
                        return new ChainVerification.Broken(entry.seq(), ChainVerification.Reason.ROW_CHANGED);
                    }
                    previous = stored;
                    expectedSeq++;
                    count++;
                }
            }
            return new ChainVerification.Intact(count);
        });
    }

    /** The newest entries first, for a manager's review screen. */
    public List<AuditEntry> latest(int limit) {
        return database.read(connection -> {
            var entries = new ArrayList<AuditEntry>();
            try (var query = connection.prepareStatement(
                    "SELECT seq, at, actor, action, subject, purpose" + " FROM audit_log ORDER BY seq DESC LIMIT ?")) {
                query.setInt(1, limit);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new AuditEntry(
                                rows.getLong(1),
                                Instant.ofEpochMilli(rows.getLong(2)),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6)));
                    }
                }
            }
            return entries;
        });
    }

    /** Sequence and hash of the newest row, to anchor outside the file (prints, upstream) against truncation. */
    public byte[] head() {
        return database.read(connection -> {
            try (var last = connection.prepareStatement(
                            "SELECT seq, row_hash FROM audit_log ORDER BY seq DESC LIMIT 1");
                    var rows = last.executeQuery()) {
                if (!rows.next()) {
                    return GENESIS.clone();
                }
                return ByteBuffer.allocate(8 + 32)
                        .putLong(rows.getLong(1))
                        .put(rows.getBytes(2))
                        .array();
            }
        });
    }

    private byte[] rowHash(byte[] previous, AuditEntry entry) {
        var message = new ByteArrayOutputStream();
        message.writeBytes(previous);
        message.writeBytes(ByteBuffer.allocate(16)
                .putLong(entry.seq())
                .putLong(entry.at().toEpochMilli())
                .array());
        for (String field : List.of(entry.actor(), entry.action(), entry.subject(), entry.purpose())) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            message.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            message.writeBytes(bytes);
        }
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(auditKey, "HmacSHA256"));
            return mac.doFinal(message.toByteArray());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
