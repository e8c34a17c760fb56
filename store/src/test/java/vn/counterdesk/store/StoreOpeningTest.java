package vn.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.store.db.Migration;
import vn.counterdesk.store.db.MigrationRunner;
import vn.counterdesk.store.support.Samples;
import vn.counterdesk.store.support.TestStores;

class StoreOpeningTest {
    @TempDir
    Path dir;

    @Test
    void newFileIsMigratedToTheKnownVersionInWalModeWithForeignKeys() throws Exception {
        var file = dir.resolve("a.db");
        try (var store = TestStores.openOrFail(file)) {
            assertThat(store.schemaVersion()).isEqualTo(1);
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            var journal = statement.executeQuery("PRAGMA journal_mode");
            journal.next();
            assertThat(journal.getString(1)).isEqualTo("wal");
            var version = statement.executeQuery("PRAGMA user_version");
            version.next();
            assertThat(version.getInt(1)).isEqualTo(1);
        }
        // Reopening applies nothing twice and keeps the data readable.
        try (var store = TestStores.openOrFail(file)) {
            store.persons().save(Samples.CLERK, Samples.person("001090012345", "Nguyễn Văn An", "Hà Nội"));
            assertThat(store.persons().findByIdNumber(Samples.CLERK, "001090012345"))
                    .isPresent();
        }
    }

    @Test
    void wrongPassphraseDoesNotOpenTheKeys() {
        var file = dir.resolve("b.db");
        TestStores.openOrFail(file).close();
        var opening = TestStores.open(file, "not the passphrase", StoreSettings.defaults(), Clock.systemUTC());
        assertThat(opening).isInstanceOf(StoreOpening.WrongKey.class);
    }

    @Test
    void refusesAFileWrittenByANewerVersion() throws Exception {
        var file = dir.resolve("c.db");
        TestStores.openOrFail(file).close();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO schema_history VALUES (2, 'V2__future.sql', 'x', 0)");
        }
        var opening = TestStores.open(file, TestStores.PASSPHRASE, StoreSettings.defaults(), Clock.systemUTC());
        assertThat(opening).isEqualTo(new StoreOpening.SchemaTooNew(2, 1));
    }

    @Test
    void appliesANewMigrationToAnExistingFileAndKeepsItsData() throws Exception {
        var file = dir.resolve("d.db");
        try (var store = TestStores.openOrFail(file)) {
            store.persons().save(Samples.CLERK, Samples.person("001090012345", "Nguyễn Văn An", "Hà Nội"));
        }
        var product = MigrationRunner.fromClasspath(MigrationRunner.DEFAULT_LOCATION);
        var v1 = readV1();
        var withV2 = new MigrationRunner(List.of(
                v1, Migration.of("V2__counter_notes.sql", "CREATE TABLE counter_notes (id INTEGER PRIMARY KEY);\n")));
        var opening = CounterStore.open(
                file, TestStores.keys(TestStores.PASSPHRASE), StoreSettings.defaults(), withV2, Clock.systemUTC());
        assertThat(opening).isInstanceOf(StoreOpening.Opened.class);
        try (var store = ((StoreOpening.Opened) opening).store()) {
            assertThat(store.schemaVersion()).isEqualTo(2);
            assertThat(store.persons().findByIdNumber(Samples.CLERK, "001090012345"))
                    .isPresent();
        }
        // The product build (knowing only V1) now refuses the file instead of corrupting it.
        var old = CounterStore.open(
                file, TestStores.keys(TestStores.PASSPHRASE), StoreSettings.defaults(), product, Clock.systemUTC());
        assertThat(old).isEqualTo(new StoreOpening.SchemaTooNew(2, 1));
    }

    @Test
    void detectsAnAppliedScriptThatWasEditedAfterwards() {
        var file = dir.resolve("e.db");
        TestStores.openOrFail(file).close();
        var v1 = readV1();
        var edited = new MigrationRunner(List.of(new Migration(1, v1.name(), v1.script() + "\n-- edited\n")));
        var opening = CounterStore.open(
                file, TestStores.keys(TestStores.PASSPHRASE), StoreSettings.defaults(), edited, Clock.systemUTC());
        assertThat(opening).isEqualTo(new StoreOpening.SchemaTampered(1, "V1__init.sql"));
    }

    private static Migration readV1() {
        try (var in = MigrationRunner.class.getResourceAsStream(MigrationRunner.DEFAULT_LOCATION + "V1__init.sql")) {
            return Migration.of("V1__init.sql", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
