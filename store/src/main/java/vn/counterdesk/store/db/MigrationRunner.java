package vn.counterdesk.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies ordered schema scripts, each in its own transaction together with its history row, so a crash
 * mid-migration leaves the previous version intact. The schema version is also written to
 * {@code PRAGMA user_version} so external tools can read it.
 */
public final class MigrationRunner {
    /** Where the product's scripts live; {@code migrations.list} names them in order. */
    public static final String DEFAULT_LOCATION = "/vn/counterdesk/store/db/migration/";

    private static final System.Logger LOG = System.getLogger(MigrationRunner.class.getName());
    private final List<Migration> migrations;

    public MigrationRunner(List<Migration> migrations) {
        this.migrations = migrations.stream()
                .sorted(Comparator.comparingInt(Migration::version))
                .toList();
        for (int i = 0; i < this.migrations.size(); i++) {
            if (this.migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration versions must be 1..n without gaps");
            }
        }
    }

    /** Loads the scripts listed in {@code <location>migrations.list} from the class path. */
    public static MigrationRunner fromClasspath(String location) {
        var scripts = new ArrayList<Migration>();
        for (String name : resource(location + "migrations.list").split("\\R")) {
            if (!name.isBlank()) {
                scripts.add(Migration.of(name.strip(), resource(location + name.strip())));
            }
        }
        return new MigrationRunner(scripts);
    }

    public int knownVersion() {
        return migrations.size();
    }

    public SchemaStatus migrate(Database database) {
        database.write(connection -> {
            execute(
                    connection,
                    "CREATE TABLE IF NOT EXISTS schema_history (version INTEGER PRIMARY KEY,"
                            + " name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at INTEGER NOT NULL)");
            return null;
        });
        Map<Integer, String[]> applied = database.read(MigrationRunner::appliedScripts);
        int databaseVersion =
                applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (databaseVersion > knownVersion()) {
            return new SchemaStatus.TooNew(databaseVersion, knownVersion());
        }
        for (Migration migration : migrations) {
            String[] record = applied.get(migration.version());
            if (record != null && !record[1].equals(migration.checksum())) {
                return new SchemaStatus.ChecksumMismatch(migration.version(), migration.name());
            }
        }
        int count = 0;
        for (Migration migration : migrations) {
            if (!applied.containsKey(migration.version()) && apply(database, migration)) {
                count++;
            }
        }
        return new SchemaStatus.Current(knownVersion(), count);
    }

    /** Applies one script unless another process applied it first (checked under the write lock). */
    private boolean apply(Database database, Migration migration) {
        return database.write(connection -> {
            if (appliedScripts(connection).containsKey(migration.version())) {
                return false;
            }
            for (String statement : migration.statements()) {
                execute(connection, statement);
            }
            try (var insert = connection.prepareStatement(
                    "INSERT INTO schema_history (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.name());
                insert.setString(3, migration.checksum());
                insert.setLong(4, System.currentTimeMillis());
                insert.executeUpdate();
            }
            execute(connection, "PRAGMA user_version = " + migration.version());
            LOG.log(System.Logger.Level.INFO, "applied schema migration {0}", migration.name());
            return true;
        });
    }

    /** The version recorded in the file, 0 for a new file. */
    public static int schemaVersion(Connection connection) throws SQLException {
        return appliedScripts(connection).keySet().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
    }

    private static Map<Integer, String[]> appliedScripts(Connection connection) throws SQLException {
        var applied = new HashMap<Integer, String[]>();
        try (var exists = connection.prepareStatement(
                        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_history'");
                var found = exists.executeQuery()) {
            if (!found.next()) {
                return applied;
            }
        }
        try (var query = connection.prepareStatement("SELECT version, name, checksum FROM schema_history");
                var rows = query.executeQuery()) {
            while (rows.next()) {
                applied.put(rows.getInt(1), new String[] {rows.getString(2), rows.getString(3)});
            }
        }
        return applied;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static String resource(String path) {
        try (InputStream in = MigrationRunner.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration resource " + path, e);
        }
    }
}
