package vn.counterdesk.store;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import vn.counterdesk.store.audit.AuditLog;
import vn.counterdesk.store.clerk.ClerkRepository;
import vn.counterdesk.store.clerk.PasswordHasher;
import vn.counterdesk.store.crypto.Argon2Parameters;
import vn.counterdesk.store.crypto.BlindIndex;
import vn.counterdesk.store.crypto.FieldCipher;
import vn.counterdesk.store.crypto.KeyProvider;
import vn.counterdesk.store.crypto.StoreKeys;
import vn.counterdesk.store.db.BackupService;
import vn.counterdesk.store.db.Database;
import vn.counterdesk.store.db.MigrationRunner;
import vn.counterdesk.store.db.SchemaStatus;
import vn.counterdesk.store.invoice.InvoiceRepository;
import vn.counterdesk.store.outbox.Outbox;
import vn.counterdesk.store.person.CardReadRepository;
import vn.counterdesk.store.person.PersonRepository;
import vn.counterdesk.store.privacy.PrivacyService;

/**
 * The counter's database: one SQLite file in the data directory. Open it with {@link #open}; it migrates the
 * schema, unlocks (or on first use creates) the keys, and hands out the repositories.
 */
public final class CounterStore implements AutoCloseable {
    /** File name inside the data directory. */
    public static final String FILE_NAME = "counterdesk.db";

    private final Database database;
    private final int schemaVersion;
    private final PersonRepository persons;
    private final CardReadRepository cardReads;
    private final InvoiceRepository invoices;
    private final Outbox outbox;
    private final AuditLog audit;
    private final PrivacyService privacy;
    private final ClerkRepository clerks;
    private final BackupService backups;

    private CounterStore(
            Database database,
            MigrationRunner migrations,
            int schemaVersion,
            StoreKeys keys,
            StoreSettings settings,
            Clock clock) {
        this.database = database;
        this.schemaVersion = schemaVersion;
        var cipher = new FieldCipher(keys);
        var index = new BlindIndex(keys);
        this.audit = new AuditLog(database, keys, clock);
        this.persons = new PersonRepository(database, cipher, index, audit, settings, clock);
        this.cardReads = new CardReadRepository(database, cipher, persons, audit);
        this.invoices = new InvoiceRepository(database, cipher, index, persons, audit, settings, clock);
        this.outbox = new Outbox(database, cipher, invoices, audit, clock);
        this.privacy = new PrivacyService(database, persons, cardReads, invoices, audit, settings, clock);
        this.clerks = new ClerkRepository(database, new PasswordHasher(Argon2Parameters.PASSWORD), audit, clock);
        this.backups = new BackupService(database, migrations, keys.fingerprint());
    }

    /** Opens {@code <dataDirectory>/counterdesk.db} with the product's migrations. */
    public static StoreOpening open(Path dataDirectory, KeyProvider keyProvider, StoreSettings settings) {
        return open(
                dataDirectory.resolve(FILE_NAME),
                keyProvider,
                settings,
                MigrationRunner.fromClasspath(MigrationRunner.DEFAULT_LOCATION),
                Clock.systemUTC());
    }

    public static StoreOpening open(
            Path file, KeyProvider keyProvider, StoreSettings settings, MigrationRunner migrations, Clock clock) {
        var database = Database.open(file, settings.connections());
        boolean handedOver = false;
        try {
            StoreOpening opening = switch (migrations.migrate(database)) {
                case SchemaStatus.TooNew tooNew ->
                    new StoreOpening.SchemaTooNew(tooNew.databaseVersion(), tooNew.knownVersion());
                case SchemaStatus.ChecksumMismatch mismatch ->
                    new StoreOpening.SchemaTampered(mismatch.version(), mismatch.name());
                case SchemaStatus.Current current ->
                    unlock(database, keyProvider)
                            .<StoreOpening>map(keys -> new StoreOpening.Opened(
                                    new CounterStore(database, migrations, current.version(), keys, settings, clock)))
                            .orElseGet(StoreOpening.WrongKey::new);
            };
            handedOver = opening instanceof StoreOpening.Opened;
            return opening;
        } finally {
            if (!handedOver) {
                database.close();
            }
        }
    }

    /** Unwraps the stored keys, or creates and wraps fresh ones on first use (under the write lock: one winner). */
    private static Optional<StoreKeys> unlock(Database database, KeyProvider keyProvider) {
        Optional<byte[][]> stored = database.read(connection -> readKeyRow(connection));
        if (stored.isEmpty()) {
            stored = Optional.of(database.write(connection -> {
                var existing = readKeyRow(connection);
                if (existing.isPresent()) {
                    return existing.get();
                }
                byte[] material = StoreKeys.generateMaterial(new SecureRandom());
                byte[] wrapped = keyProvider.wrap(material);
                byte[] fingerprint = StoreKeys.fromMaterial(material).fingerprint();
                try (var insert = connection.prepareStatement("INSERT INTO key_material (id, provider, wrapped_keys,"
                        + " fingerprint, created_at) VALUES (1, ?, ?, ?, ?)")) {
                    insert.setString(1, keyProvider.id());
                    insert.setBytes(2, wrapped);
                    insert.setBytes(3, fingerprint);
                    insert.setLong(4, System.currentTimeMillis());
                    insert.executeUpdate();
                }
                return new byte[][] {wrapped, fingerprint};
            }));
        }
        byte[][] row = stored.get();
        return keyProvider
                .unwrap(row[0])
                .map(StoreKeys::fromMaterial)
                .filter(keys -> MessageDigest.isEqual(keys.fingerprint(), row[1]));
    }

    private static Optional<byte[][]> readKeyRow(java.sql.Connection connection) throws java.sql.SQLException {
        try (var query =
                        connection.prepareStatement("SELECT wrapped_keys, fingerprint FROM key_material WHERE id = 1");
                var rows = query.executeQuery()) {
            return rows.next() ? Optional.of(new byte[][] {rows.getBytes(1), rows.getBytes(2)}) : Optional.empty();
        }
    }

    /** The schema version of the open file (equals the newest this build knows). */
    public int schemaVersion() {
        return schemaVersion;
    }

    public Path file() {
        return database.file();
    }

    public PersonRepository persons() {
        return persons;
    }

    public CardReadRepository cardReads() {
        return cardReads;
    }

    public InvoiceRepository invoices() {
        return invoices;
    }

    public Outbox outbox() {
        return outbox;
    }

    public AuditLog audit() {
        return audit;
    }

    public PrivacyService privacy() {
        return privacy;
    }

    public ClerkRepository clerks() {
        return clerks;
    }

    public BackupService backups() {
        return backups;
    }

    @Override
    public void close() {
        database.close();
    }
}
