package vn.counterdesk.store.person;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.audit.AuditLog;
import vn.counterdesk.store.crypto.FieldCipher;
import vn.counterdesk.store.db.Database;
import vn.counterdesk.store.db.JsonColumn;
import vn.counterdesk.store.db.Rows;

/** Card reads (retention-limited). The checks are encrypted: their details may quote card content. */
public final class CardReadRepository {
    private static final TypeReference<List<Check>> CHECKS = new TypeReference<>() {};

    private final Database database;
    private final FieldCipher cipher;
    private final PersonRepository persons;
    private final AuditLog audit;

    public CardReadRepository(Database database, FieldCipher cipher, PersonRepository persons, AuditLog audit) {
        this.database = database;
        this.cipher = cipher;
        this.persons = persons;
        this.audit = audit;
    }

    public long record(AccessContext context, CardReadRecord read) {
        return database.write(connection -> {
            var personId = persons.idOf(connection, read.idNumber());
            byte[] uid = Rows.newUid();
            try (var insert = connection.prepareStatement("INSERT INTO card_reads (uid, person_id, clerk, read_at,"
                    + " verdict, checks_enc) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setBytes(1, uid);
                if (personId.isPresent()) {
                    insert.setLong(2, personId.get());
                } else {
                    insert.setNull(2, java.sql.Types.INTEGER);
                }
                insert.setString(3, read.readBy());
                insert.setLong(4, read.readAt().toEpochMilli());
                insert.setString(5, read.verdict());
                insert.setBytes(6, cipher.encrypt(JsonColumn.encode(read.checks()), aad(uid)));
                insert.executeUpdate();
            }
            long id = Rows.lastInsertId(connection);
            audit.append(connection, context, "CARD_READ_SAVE", "card_read:" + id);
            return id;
        });
    }

    /** The reads of one person, newest first, inside the caller's (audited) transaction. */
    public List<StoredCardRead> forPerson(Connection connection, long personId) throws SQLException {
        var reads = new ArrayList<StoredCardRead>();
        try (var query = connection.prepareStatement("SELECT id, uid, clerk, read_at, verdict, checks_enc"
                + " FROM card_reads WHERE person_id = ? ORDER BY read_at DESC")) {
            query.setLong(1, personId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    reads.add(new StoredCardRead(
                            rows.getLong(1),
                            rows.getString(3),
                            Instant.ofEpochMilli(rows.getLong(4)),
                            rows.getString(5),
                            JsonColumn.decode(cipher.decrypt(rows.getBytes(6), aad(rows.getBytes(2))), CHECKS)));
                }
            }
        }
        return reads;
    }

    private static byte[] aad(byte[] uid) {
        return FieldCipher.aad("card_reads", "checks_enc", HexFormat.of().formatHex(uid));
    }
}
