package vn.counterdesk.store.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * Online backup and restore through SQLite's backup API ({@code backup to} / {@code restore from} in
 * sqlite-jdbc): a backup is a consistent snapshot taken while clerks keep working; a restore replaces the
 * content under the running store after checking that the file is a store of a known version under the same keys.
 * Backups stay encrypted like the store (same wrapped keys inside).
 */
public final class BackupService {
    private final Database database;
    private final MigrationRunner migrations;
    private final byte[] keyFingerprint;

    public BackupService(Database database, MigrationRunner migrations, byte[] keyFingerprint) {
        this.database = database;
        this.migrations = migrations;
        this.keyFingerprint = keyFingerprint.clone();
    }

    public void backupTo(Path target) {
        String path = quoted(target);
        database.read(connection -> {
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("backup to " + path);
            }
            return null;
        });
    }

    public RestoreOutcome restoreFrom(Path source) {
        Optional<RestoreOutcome> refusal = check(source);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        String path = quoted(source);
        database.exclusively(connection -> {
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("restore from " + path);
            }
            return null;
        });
        var status = migrations.migrate(database); // an older backup is brought up to this version
        return switch (status) {
            case SchemaStatus.Current current -> new RestoreOutcome.Restored(current.version());
            case SchemaStatus.TooNew tooNew ->
                new RestoreOutcome.TooNew(tooNew.databaseVersion(), tooNew.knownVersion());
            case SchemaStatus.ChecksumMismatch mismatch -> new RestoreOutcome.NotABackup();
        };
    }

    private Optional<RestoreOutcome> check(Path source) {
        if (!Files.isRegularFile(source)) {
            return Optional.of(new RestoreOutcome.NotABackup());
        }
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        try (var connection =
                DriverManager.getConnection("jdbc:sqlite:" + source.toAbsolutePath(), config.toProperties())) {
            int version = MigrationRunner.schemaVersion(connection);
            if (version == 0) {
                return Optional.of(new RestoreOutcome.NotABackup());
            }
            if (version > migrations.knownVersion()) {
                return Optional.of(new RestoreOutcome.TooNew(version, migrations.knownVersion()));
            }
            try (var query = connection.prepareStatement("SELECT fingerprint FROM key_material WHERE id = 1");
                    var rows = query.executeQuery()) {
                if (!rows.next() || !MessageDigest.isEqual(rows.getBytes(1), keyFingerprint)) {
                    return Optional.of(new RestoreOutcome.OtherKeys());
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(new RestoreOutcome.NotABackup());
        }
    }

    private static String quoted(Path file) {
        String path = file.toAbsolutePath().toString();
        if (path.contains("'") || path.contains("\"")) {
            throw new IllegalArgumentException("backup paths may not contain quotes");
        }
        return "'" + path + "'";
    }
}
