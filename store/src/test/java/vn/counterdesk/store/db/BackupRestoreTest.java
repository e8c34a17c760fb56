package vn.counterdesk.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.invoice.InvoiceQuery;
import vn.counterdesk.store.invoice.IssueOutcome;
import vn.counterdesk.store.support.Samples;
import vn.counterdesk.store.support.TestStores;

class BackupRestoreTest {
    @TempDir
    Path dir;

    @Test
    void backupWhileIssuingAndRestoreWhileOpen() throws Exception {
        try (var store = TestStores.openOrFail(dir.resolve("live.db"))) {
            store.persons().save(Samples.CLERK, Samples.person("001090012345", "Nguyễn Văn An", "Hà Nội"));
            var running = new AtomicBoolean(true);
            var issued = new AtomicInteger();
            var writer = Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    issue(store);
                    issued.incrementAndGet();
                }
            });
            while (issued.get() < 5) {
                Thread.sleep(5);
            }
            var backup = dir.resolve("backup.db");
            store.backups().backupTo(backup);
            running.set(false);
            writer.join();

            long inBackup;
            try (var copy = TestStores.openOrFail(backup)) {
                var numbers =
                        copy.invoices().search(Samples.CLERK, InvoiceQuery.all().limit(10_000));
                inBackup = numbers.size();
                assertThat(inBackup).isBetween(5L, (long) issued.get());
                assertThat(copy.invoices().lastNumber(Samples.SERIES)).isEqualTo(inBackup);
                assertThat(copy.audit().verify())
                        .isInstanceOf(vn.counterdesk.store.audit.ChainVerification.Intact.class);
            }

            issue(store);
            store.privacy().erase(Samples.CLERK, "001090012345");
            assertThat(store.backups().restoreFrom(backup)).isEqualTo(new RestoreOutcome.Restored(3));

            assertThat(store.persons().findByIdNumber(Samples.CLERK, "001090012345"))
                    .isPresent();
            assertThat(store.invoices().lastNumber(Samples.SERIES)).isEqualTo(inBackup);
            var next = (IssueOutcome.Issued) issue(store);
            assertThat(next.number().number()).isEqualTo(inBackup + 1);
        }
    }

    @Test
    void refusesFilesThatAreNotBackupsOfThisStore() throws Exception {
        try (var store = TestStores.openOrFail(dir.resolve("mine.db"))) {
            issue(store);
            var garbage = Files.writeString(dir.resolve("garbage.db"), "not a database");
            assertThat(store.backups().restoreFrom(garbage)).isEqualTo(new RestoreOutcome.NotABackup());
            assertThat(store.backups().restoreFrom(dir.resolve("missing.db")))
                    .isEqualTo(new RestoreOutcome.NotABackup());

            var foreign = dir.resolve("other.db");
            TestStores.openOrFail(foreign).close(); // same passphrase, but its own random keys
            assertThat(store.backups().restoreFrom(foreign)).isEqualTo(new RestoreOutcome.OtherKeys());
            assertThat(store.invoices().lastNumber(Samples.SERIES)).isEqualTo(1);
        }
    }

    private static IssueOutcome issue(CounterStore store) {
        var invoice = Samples.invoiceFor(Samples.person("001090012345", "Nguyễn Văn An", "Hà Nội"));
        return store.invoices().issue(Samples.CLERK, invoice, Samples.xmlWithBuyer(invoice));
    }
}
