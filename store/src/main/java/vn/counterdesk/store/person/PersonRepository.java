package vn.counterdesk.store.person;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import vn.counterdesk.store.StoreSettings;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.audit.AuditLog;
import vn.counterdesk.store.crypto.BlindIndex;
import vn.counterdesk.store.crypto.FieldCipher;
import vn.counterdesk.store.db.Database;
import vn.counterdesk.store.search.NameQuery;
import vn.counterdesk.store.search.TokenQuery;

/**
 * Persons keyed by the HMAC of their ID number. Every field is encrypted with the person key as AAD; the name is
 * searchable through keyed tokens only. Every read is audited.
 */
public final class PersonRepository {
    private static final String TABLE = "persons";
    private static final String FIELD_COLUMNS =
            Arrays.stream(PersonField.values()).map(PersonField::column).collect(Collectors.joining(", "));

    private final Database database;
    private final FieldCipher cipher;
    private final BlindIndex index;
    private final AuditLog audit;
    private final StoreSettings settings;
    private final Clock clock;
    private final TokenQuery tokens = new TokenQuery("person_name_tokens", "person_id");

    public PersonRepository(
            Database database,
            FieldCipher cipher,
            BlindIndex index,
            AuditLog audit,
            StoreSettings settings,
            Clock clock) {
        this.database = database;
        this.cipher = cipher;
        this.index = index;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Inserts or replaces the person's profile (fields not given are cleared); returns the person id. */
    public long save(AccessContext context, PersonRecord person) {
        return database.write(connection -> {
            long id = save(connection, person);
            audit.append(connection, context, "PERSON_SAVE", "person:" + id);
            return id;
        });
    }

    /** Saves many persons in one transaction (import from an earlier system, benchmark loading); audited once. */
    public List<Long> saveAll(AccessContext context, List<PersonRecord> people) {
        return database.write(connection -> {
            var ids = new ArrayList<Long>();
            for (PersonRecord person : people) {
                ids.add(save(connection, person));
            }
            String range = ids.isEmpty() ? "person:none" : "person:" + ids.getFirst() + ".." + ids.getLast();
            audit.append(connection, context, "PERSON_IMPORT", range);
            return ids;
        });
    }

    private long save(Connection connection, PersonRecord person) throws SQLException {
        byte[] key = index.identifier(person.idNumber());
        String rowIdentity = HexFormat.of().formatHex(key);
        long now = clock.millis();
        Optional<Long> existing = idOf(connection, key);
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            try (var touch = connection.prepareStatement("UPDATE persons SET updated_at = ? WHERE id = ?")) {
                touch.setLong(1, now);
                touch.setLong(2, id);
                touch.executeUpdate();
            }
        } else {
            try (var insert = connection.prepareStatement("INSERT INTO persons (person_key, id_number_enc,"
                    + " full_name_enc, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setBytes(1, key);
                insert.setBytes(2, cipher.encryptText(person.idNumber(), aad("id_number_enc", rowIdentity)));
                insert.setBytes(
                        3, cipher.encryptText(person.fullName(), aad(PersonField.FULL_NAME.column(), rowIdentity)));
                insert.setLong(4, now);
                insert.setLong(5, now);
                insert.executeUpdate();
            }
            id = idOf(connection, key).orElseThrow();
        }
        var assignments = Arrays.stream(PersonField.values())
                .map(field -> field.column() + " = ?")
                .collect(Collectors.joining(", "));
        try (var update = connection.prepareStatement(
                "UPDATE persons SET " + assignments + ", photo_enc = ?, photo_stored_at = ? WHERE id = ?")) {
            int parameter = 1;
            for (PersonField field : PersonField.values()) {
                var value = person.field(field);
                update.setBytes(
                        parameter++,
                        value.map(text -> cipher.encryptText(text, aad(field.column(), rowIdentity)))
                                .orElse(null));
            }
            var photo = person.photo().filter(ignored -> settings.storePhotos());
            update.setBytes(
                    parameter++, photo.map(p -> encryptPhoto(p, rowIdentity)).orElse(null));
            if (photo.isPresent()) {
                update.setLong(parameter++, now);
            } else {
                update.setNull(parameter++, java.sql.Types.INTEGER);
            }
            update.setLong(parameter, id);
            update.executeUpdate();
        }
        replaceNameTokens(connection, id, person.fullName());
        return id;
    }

    /**
     * Rebuilds the name tokens of up to {@code max} persons with an id above {@code afterId} from their decrypted
     * names (token scheme upgrade), inside the caller's transaction; returns the last id done.
     */
    public OptionalLong retokeniseNames(Connection connection, long afterId, int max) throws SQLException {
        long last = -1;
        try (var query = connection.prepareStatement(
                "SELECT id, person_key, full_name_enc FROM persons WHERE id > ? ORDER BY id LIMIT ?")) {
            query.setLong(1, afterId);
            query.setInt(2, max);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    last = rows.getLong(1);
                    String rowIdentity = HexFormat.of().formatHex(rows.getBytes(2));
                    replaceNameTokens(
                            connection,
                            last,
                            cipher.decryptText(rows.getBytes(3), aad(PersonField.FULL_NAME.column(), rowIdentity)));
                }
            }
        }
        return last < 0 ? OptionalLong.empty() : OptionalLong.of(last);
    }

    private void replaceNameTokens(Connection connection, long id, String fullName) throws SQLException {
        try (var delete = connection.prepareStatement("DELETE FROM person_name_tokens WHERE person_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (var insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO person_name_tokens (token, person_id) VALUES (?, ?)")) {
            for (byte[] token : index.personNameTokens(fullName)) {
                insert.setBytes(1, token);
                insert.setLong(2, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public Optional<PersonRecord> findByIdNumber(AccessContext context, String idNumber) {
        return database.write(connection -> {
            Optional<Long> id = idOf(connection, index.identifier(idNumber));
            if (id.isEmpty()) {
                audit.append(connection, context, "PERSON_LOOKUP", "person:none");
                return Optional.empty();
            }
            audit.append(connection, context, "PERSON_READ", "person:" + id.get());
            return read(connection, id.get());
        });
    }

    /** Persons whose name matches what the clerk typed without diacritics, newest first. */
    public List<PersonMatch> searchByName(AccessContext context, String typed, int limit) {
        var query = NameQuery.parse(typed);
        if (query.isEmpty()) {
            return List.of();
        }
        return database.write(connection -> {
            var tokenList = index.personSearchTokens(query.completeWords(), query.lastWord());
            var matches = new ArrayList<PersonMatch>();
            // Over-fetch a little: candidates are re-checked against the decrypted name (token collisions, a
            // one-letter last word). Only the columns a match shows are decrypted, and only until the list is full.
            try (var select = connection.prepareStatement(
                    "SELECT person_key, full_name_enc, id_number_enc, date_of_birth_enc FROM persons WHERE id = ?")) {
                for (long id : tokens.owners(connection, tokenList, limit * 2 + 10)) {
                    if (matches.size() == limit) {
                        break;
                    }
                    select.setLong(1, id);
                    try (var rows = select.executeQuery()) {
                        if (rows.next()) {
                            candidate(id, rows, query).ifPresent(matches::add);
                        }
                    }
                }
            }
            audit.append(
                    connection,
                    context,
                    "PERSON_SEARCH",
                    subjects(matches.stream().map(PersonMatch::personId).toList()));
            return matches;
        });
    }

    private Optional<PersonMatch> candidate(long id, ResultSet row, NameQuery query) throws SQLException {
        String rowIdentity = HexFormat.of().formatHex(row.getBytes(1));
        String name = cipher.decryptText(row.getBytes(2), aad(PersonField.FULL_NAME.column(), rowIdentity));
        if (!query.matches(name)) {
            return Optional.empty();
        }
        String idNumber = cipher.decryptText(row.getBytes(3), aad("id_number_enc", rowIdentity));
        Optional<String> dateOfBirth =
                cipher.decryptOptionalText(row.getBytes(4), aad(PersonField.DATE_OF_BIRTH.column(), rowIdentity));
        return Optional.of(new PersonMatch(id, idNumber, name, dateOfBirth));
    }

    /** Reads a person inside the caller's transaction (the caller audits). */
    public Optional<PersonRecord> read(Connection connection, long id) throws SQLException {
        try (var query = connection.prepareStatement(
                "SELECT person_key, id_number_enc, " + FIELD_COLUMNS + ", photo_enc FROM persons WHERE id = ?")) {
            query.setLong(1, id);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(toRecord(rows)) : Optional.empty();
            }
        }
    }

    private PersonRecord toRecord(ResultSet rows) throws SQLException {
        String rowIdentity = HexFormat.of().formatHex(rows.getBytes(1));
        String idNumber = cipher.decryptText(rows.getBytes(2), aad("id_number_enc", rowIdentity));
        var fields = new EnumMap<PersonField, String>(PersonField.class);
        int column = 3;
        for (PersonField field : PersonField.values()) {
            byte[] ciphertext = rows.getBytes(column++);
            if (ciphertext != null) {
                fields.put(field, cipher.decryptText(ciphertext, aad(field.column(), rowIdentity)));
            }
        }
        byte[] photo = rows.getBytes(column);
        return new PersonRecord(
                idNumber, fields, Optional.ofNullable(photo).map(ciphertext -> decryptPhoto(ciphertext, rowIdentity)));
    }

    /** The row id of the person with this ID number, if known. */
    public Optional<Long> idOf(Connection connection, String idNumber) throws SQLException {
        return idOf(connection, index.identifier(idNumber));
    }

    private static Optional<Long> idOf(Connection connection, byte[] key) throws SQLException {
        try (var query = connection.prepareStatement("SELECT id FROM persons WHERE person_key = ?")) {
            query.setBytes(1, key);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private byte[] encryptPhoto(Photo photo, String rowIdentity) {
        byte[] type = photo.mediaType().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] image = photo.bytes();
        var plain = java.nio.ByteBuffer.allocate(2 + type.length + image.length)
                .putShort((short) type.length)
                .put(type)
                .put(image)
                .array();
        return cipher.encrypt(plain, aad("photo_enc", rowIdentity));
    }

    private Photo decryptPhoto(byte[] ciphertext, String rowIdentity) {
        var plain = java.nio.ByteBuffer.wrap(cipher.decrypt(ciphertext, aad("photo_enc", rowIdentity)));
        byte[] type = new byte[plain.getShort()];
        plain.get(type);
        byte[] image = new byte[plain.remaining()];
        plain.get(image);
        return new Photo(new String(type, java.nio.charset.StandardCharsets.UTF_8), image);
    }

    private static byte[] aad(String column, String rowIdentity) {
        return FieldCipher.aad(TABLE, column, rowIdentity);
    }

    /** Audit subject for a set of persons, e.g. {@code person:3,17}. */
    public static String subjects(List<Long> ids) {
        return ids.isEmpty()
                ? "person:none"
                : "person:" + ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
