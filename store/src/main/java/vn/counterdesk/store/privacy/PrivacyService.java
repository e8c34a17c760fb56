package vn.counterdesk.store.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import vn.counterdesk.store.StoreSettings;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.audit.AuditLog;
import vn.counterdesk.store.db.Database;
import vn.counterdesk.store.db.Rows;
import vn.counterdesk.store.db.StoreException;
import vn.counterdesk.store.invoice.InvoiceRepository;
import vn.counterdesk.store.invoice.InvoiceSummary;
import vn.counterdesk.store.person.CardReadRepository;
import vn.counterdesk.store.person.PersonField;
import vn.counterdesk.store.person.PersonRecord;
import vn.counterdesk.store.person.PersonRepository;
import vn.counterdesk.store.person.StoredCardRead;

/**
 * The data subject's rights (Decree 13/2023, Law on Personal Data Protection 2025): consent records, export of
 * everything held about a person, erasure of what no law requires to keep, and retention purges.
 */
public final class PrivacyService {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Database database;
    private final PersonRepository persons;
    private final CardReadRepository cardReads;
    private final InvoiceRepository invoices;
    private final AuditLog audit;
    private final StoreSettings settings;
    private final Clock clock;

    public PrivacyService(
            Database database,
            PersonRepository persons,
            CardReadRepository cardReads,
            InvoiceRepository invoices,
            AuditLog audit,
            StoreSettings settings,
            Clock clock) {
        this.database = database;
        this.persons = persons;
        this.cardReads = cardReads;
        this.invoices = invoices;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records a consent for a stored person; empty when no person has this ID number. */
    public Optional<Long> recordConsent(AccessContext context, String idNumber, String purpose) {
        return database.write(connection -> {
            var personId = persons.idOf(connection, idNumber);
            if (personId.isEmpty()) {
                return Optional.<Long>empty();
            }
            try (var insert = connection.prepareStatement(
                    "INSERT INTO consents (person_id, clerk, given_at, purpose) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, personId.get());
                insert.setString(2, context.actor());
                insert.setLong(3, clock.millis());
                insert.setString(4, purpose);
                insert.executeUpdate();
            }
            long consentId = Rows.lastInsertId(connection);
            audit.append(connection, context, "CONSENT_RECORD", "person:" + personId.get());
            return Optional.of(consentId);
        });
    }

    /** Marks a consent withdrawn (kept as evidence of what was agreed and when it ended). */
    public boolean withdrawConsent(AccessContext context, long consentId) {
        return database.write(connection -> {
            int changed;
            try (var update = connection.prepareStatement(
                    "UPDATE consents SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL")) {
                update.setLong(1, clock.millis());
                update.setLong(2, consentId);
                changed = update.executeUpdate();
            }
            audit.append(connection, context, "CONSENT_WITHDRAW", "consent:" + consentId);
            return changed == 1;
        });
    }

    public List<Consent> consents(AccessContext context, String idNumber) {
        return database.write(connection -> {
            var personId = persons.idOf(connection, idNumber);
            audit.append(
                    connection,
                    context,
                    "CONSENT_READ",
                    PersonRepository.subjects(personId.stream().toList()));
            return personId.isEmpty() ? List.<Consent>of() : consents(connection, personId.get());
        });
    }

    private static List<Consent> consents(Connection connection, long personId) throws SQLException {
        var consents = new ArrayList<Consent>();
        try (var query = connection.prepareStatement(
                "SELECT id, clerk, given_at, purpose, withdrawn_at FROM consents WHERE person_id = ? ORDER BY id")) {
            query.setLong(1, personId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    long withdrawn = rows.getLong(5);
                    boolean active = rows.wasNull();
                    consents.add(new Consent(
                            rows.getLong(1),
                            rows.getString(2),
                            Instant.ofEpochMilli(rows.getLong(3)),
                            rows.getString(4),
                            active ? Optional.empty() : Optional.of(Instant.ofEpochMilli(withdrawn))));
                }
            }
        }
        return consents;
    }

    /**
     * Everything held about a person as JSON (UTF-8): profile, photo (base64), consents, card reads and the
     * invoices issued to them. Empty when nothing is held under this ID number.
     */
    public Optional<byte[]> export(AccessContext context, String idNumber) {
        return database.write(connection -> {
            var personId = persons.idOf(connection, idNumber);
            audit.append(
                    connection,
                    context,
                    "PERSON_EXPORT",
                    PersonRepository.subjects(personId.stream().toList()));
            if (personId.isEmpty()) {
                return Optional.<byte[]>empty();
            }
            long id = personId.get();
            PersonRecord person = persons.read(connection, id).orElseThrow();
            var root = JSON.createObjectNode();
            root.put("exportedAt", clock.instant().toString());
            var profile = root.putObject("person");
            profile.put("idNumber", person.idNumber());
            for (PersonField field : PersonField.values()) {
                person.field(field).ifPresent(value -> profile.put(camel(field), value));
            }
            person.photo().ifPresent(photo -> {
                var node = profile.putObject("photo");
                node.put("mediaType", photo.mediaType());
                node.put("base64", Base64.getEncoder().encodeToString(photo.bytes()));
            });
            var consentArray = root.putArray("consents");
            for (Consent consent : consents(connection, id)) {
                var node = consentArray.addObject();
                node.put("recordedBy", consent.recordedBy());
                node.put("givenAt", consent.givenAt().toString());
                node.put("purpose", consent.purpose());
                consent.withdrawnAt().ifPresent(at -> node.put("withdrawnAt", at.toString()));
            }
            var readArray = root.putArray("cardReads");
            for (StoredCardRead read : cardReads.forPerson(connection, id)) {
                var node = readArray.addObject();
                node.put("readBy", read.readBy());
                node.put("readAt", read.readAt().toString());
                node.put("verdict", read.verdict());
                var checks = node.putArray("checks");
                read.checks()
                        .forEach(check -> checks.addObject()
                                .put("name", check.name())
                                .put("status", check.status())
                                .put("detail", check.detail()));
            }
            addInvoices(root.putArray("invoices"), invoices.forPerson(connection, id));
            try {
                return Optional.of(JSON.writeValueAsBytes(root));
            } catch (IOException e) {
                throw new StoreException("cannot encode export", e);
            }
        });
    }

    private static void addInvoices(ArrayNode array, List<InvoiceSummary> list) {
        for (InvoiceSummary invoice : list) {
            ObjectNode node = array.addObject();
            node.put("form", invoice.series().form());
            node.put("symbol", invoice.series().symbol());
            node.put("number", invoice.number());
            node.put("issueDate", invoice.issueDate().toString());
            node.put("status", invoice.status().name());
            node.put("totalPayable", invoice.totals().payable().toPlainString());
            node.put("currency", invoice.totals().currency());
            invoice.buyer().name().ifPresent(v -> node.put("buyerName", v));
            invoice.buyer().address().ifPresent(v -> node.put("buyerAddress", v));
        }
    }

    /**
     * Erases the person's profile, photo, name tokens, card reads and consents. Invoices are under a 10-year
     * legal retention duty: they keep their (encrypted) buyer fields and are only unlinked from the profile.
     */
    public ErasureReport erase(AccessContext context, String idNumber) {
        return database.write(connection -> {
            var personId = persons.idOf(connection, idNumber);
            if (personId.isEmpty()) {
                audit.append(connection, context, "PERSON_ERASE", "person:none");
                return new ErasureReport(false, 0, 0, 0);
            }
            long id = personId.get();
            int reads = deleteWhere(connection, "DELETE FROM card_reads WHERE person_id = ?", id);
            int consents = deleteWhere(connection, "DELETE FROM consents WHERE person_id = ?", id);
            int retained = deleteWhere(connection, "UPDATE invoices SET person_id = NULL WHERE person_id = ?", id);
            deleteWhere(connection, "DELETE FROM person_name_tokens WHERE person_id = ?", id);
            deleteWhere(connection, "DELETE FROM persons WHERE id = ?", id);
            audit.append(connection, context, "PERSON_ERASE", "person:" + id);
            return new ErasureReport(true, reads, consents, retained);
        });
    }

    /** Deletes card reads and photos older than the configured retention periods. */
    public PurgeReport purgeExpired(AccessContext context) {
        return database.write(connection -> {
            long now = clock.millis();
            int reads = deleteWhere(
                    connection,
                    "DELETE FROM card_reads WHERE read_at < ?",
                    now - settings.cardReadRetention().toMillis());
            int photos = deleteWhere(
                    connection,
                    "UPDATE persons SET photo_enc = NULL, photo_stored_at = NULL WHERE photo_stored_at < ?",
                    now - settings.photoRetention().toMillis());
            audit.append(connection, context, "RETENTION_PURGE", "card_reads:" + reads + ",photos:" + photos);
            return new PurgeReport(reads, photos);
        });
    }

    private static int deleteWhere(Connection connection, String sql, long value) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, value);
            return statement.executeUpdate();
        }
    }

    private static String camel(PersonField field) {
        var parts = field.name().toLowerCase(java.util.Locale.ROOT).split("_");
        var name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }
}
