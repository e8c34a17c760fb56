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
import vn.counterdesk.store.invoice.InvoiceQuery;
import vn.counterdesk.store.support.Samples;
import vn.counterdesk.store.support.TestStores;

class StoreOpeningTest {
    @TempDir
    Path dir;

    @Test
    void newFileIsMigratedToTheKnownVersionInWalModeWithForeignKeys() throws Exception {
        var file = dir.resolve("a.db");
        try (var store = TestStores.openOrFail(file)) {
            assertThat(store.schemaVersion()).isEqualTo(3);
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            var journal = statement.executeQuery("PRAGMA journal_mode");
            journal.next();
            assertThat(journal.getString(1)).isEqualTo("wal");
            var version = statement.executeQuery("PRAGMA user_version");
            version.next();
            assertThat(version.getInt(1)).isEqualTo(3);
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
            statement.executeUpdate("INSERT INTO schema_history VALUES (4, 'V4__future.sql', 'x', 0)");
        }
        var opening = TestStores.open(file, TestStores.PASSPHRASE, StoreSettings.defaults(), Clock.systemUTC());
        assertThat(opening).isEqualTo(new StoreOpening.SchemaTooNew(4, 3));
    }

    @Test
    void appliesANewMigrationToAnExistingFileAndKeepsItsData() throws Exception {
        var file = dir.resolve("d.db");
        try (var store = TestStores.openOrFail(file)) {
            store.persons().save(Samples.CLERK, Samples.person("001090012345", "Nguyễn Văn An", "Hà Nội"));
        }
        var product = MigrationRunner.fromClasspath(MigrationRunner.DEFAULT_LOCATION);
        var withV3 = new MigrationRunner(List.of(
                readScript("V1__init.sql"),
                readScript("V2__name_token_scheme.sql"),
                readScript("V3__invoice_corrections.sql"),
                Migration.of("V4__counter_notes.sql", "CREATE TABLE counter_notes (id INTEGER PRIMARY KEY);\n")));
        var opening = CounterStore.open(
                file, TestStores.keys(TestStores.PASSPHRASE), StoreSettings.defaults(), withV3, Clock.systemUTC());
        assertThat(opening).isInstanceOf(StoreOpening.Opened.class);
        try (var store = ((StoreOpening.Opened) opening).store()) {
            assertThat(store.schemaVersion()).isEqualTo(4);
            assertThat(store.persons().findByIdNumber(Samples.CLERK, "001090012345"))
                    .isPresent();
        }
        // The product build (knowing only V1 to V3) now refuses the file instead of corrupting it.
        var old = CounterStore.open(
                file, TestStores.keys(TestStores.PASSPHRASE), StoreSettings.defaults(), product, Clock.systemUTC());
        assertThat(old).isEqualTo(new StoreOpening.SchemaTooNew(4, 3));
    }

    @Test
    void nameTokensOfAnOlderSchemeAreRebuiltFromTheDecryptedNamesAtOpen() throws Exception {
        var file = dir.resolve("tokens.db");
        try (var store = TestStores.openOrFail(file)) {
            var person = Samples.person("001090012345", "Nguyễn Văn An", "Hà Nội");
            store.persons().save(Samples.CLERK, person);
            var invoice = Samples.invoiceFor(person);
            store.invoices().issue(Samples.CLERK, invoice, Samples.xmlWithBuyer(invoice));
        }
        // A file of token scheme 1 lacks the combination tokens; dropping all tokens is the harshest such file.
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM person_name_tokens");
            statement.executeUpdate("DELETE FROM invoice_buyer_tokens");
            statement.executeUpdate("UPDATE name_token_scheme SET version = 1");
        }
        try (var store = TestStores.openOrFail(file)) {
            assertThat(store.persons().searchByName(Samples.CLERK, "van nguyen a", 10))
                    .hasSize(1);
            assertThat(store.invoices().search(Samples.CLERK, InvoiceQuery.all().byBuyerName("nguyen van an")))
                    .hasSize(1);
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            var scheme = statement.executeQuery("SELECT version FROM name_token_scheme");
            scheme.next();
            assertThat(scheme.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void detectsAnAppliedScriptThatWasEditedAfterwards() {
        var file = dir.resolve("e.db");
        TestStores.openOrFail(file).close();
        var v1 = readScript("V1__init.sql");
        var edited = new MigrationRunner(List.of(
                new Migration(1, v1.name(), v1.script() + "\n-- edited\n"),
                readScript("V2__name_token_scheme.sql"),
                readScript("V3__invoice_corrections.sql")));
        var opening = CounterStore.open(
                file, TestStores.keys(TestStores.PASSPHRASE), StoreSettings.defaults(), edited, Clock.systemUTC());
        assertThat(opening).isEqualTo(new StoreOpening.SchemaTampered(1, "V1__init.sql"));
    }

    private static Migration readScript(String name) {
        try (var in = MigrationRunner.class.getResourceAsStream(MigrationRunner.DEFAULT_LOCATION + name)) {
            return Migration.of(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
