package vn.counterdesk.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.support.Samples;
import vn.counterdesk.store.support.TestStores;

class AuditChainTest {
    @TempDir
    Path dir;

    @Test
    void everyReadOfPersonalDataIsAuditedWithWhoWhatAndWhy() {
        try (var store = TestStores.openOrFail(dir.resolve("a.db"))) {
            fill(store);
            var reader = new AccessContext("manager-02", "customer complaint 2026-118");
            store.persons().findByIdNumber(reader, "001090000002");
            var latest = store.audit().latest(1).getFirst();
            assertThat(latest.actor()).isEqualTo("manager-02");
            assertThat(latest.action()).isEqualTo("PERSON_READ");
            assertThat(latest.purpose()).isEqualTo("customer complaint 2026-118");
            assertThat(latest.subject()).matches("person:\\d+");
            assertThat(store.audit().verify()).isEqualTo(new ChainVerification.Intact(latest.seq()));
        }
    }

    @Test
    void aChangedRowIsReportedAsTheFirstBrokenRow() throws Exception {
        var file = dir.resolve("t.db");
        try (var store = TestStores.openOrFail(file)) {
            fill(store);
        }
        sql(file, "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3");
        try (var store = TestStores.openOrFail(file)) {
            assertThat(store.audit().verify())
                    .isEqualTo(new ChainVerification.Broken(3, ChainVerification.Reason.ROW_CHANGED));
        }
    }

    @Test
    void aDeletedRowIsReported() throws Exception {
        var file = dir.resolve("d.db");
        try (var store = TestStores.openOrFail(file)) {
            fill(store);
        }
        sql(file, "DELETE FROM audit_log WHERE seq = 2");
        try (var store = TestStores.openOrFail(file)) {
            assertThat(store.audit().verify())
                    .isEqualTo(new ChainVerification.Broken(2, ChainVerification.Reason.ROW_MISSING));
        }
    }

    @Test
    void aRowRewrittenWithAPlainHashDoesNotPassBecauseTheChainIsKeyed() throws Exception {
        var file = dir.resolve("k.db");
        try (var store = TestStores.openOrFail(file)) {
            fill(store);
        }
        // An attacker edits the purpose and re-links the next row to a hash of their own.
        sql(file, "UPDATE audit_log SET purpose = 'routine', row_hash = randomblob(32) WHERE seq = 2");
        sql(file, "UPDATE audit_log SET prev_hash = (SELECT row_hash FROM audit_log WHERE seq = 2) WHERE seq = 3");
        try (var store = TestStores.openOrFail(file)) {
            assertThat(store.audit().verify())
                    .isEqualTo(new ChainVerification.Broken(2, ChainVerification.Reason.ROW_CHANGED));
        }
    }

    private static void fill(CounterStore store) {
        store.persons().save(Samples.CLERK, Samples.person("001090000001", "Nguyễn Văn An", "Hà Nội"));
        store.persons().save(Samples.CLERK, Samples.person("001090000002", "Lê Thị Bình", "Huế"));
        store.persons().searchByName(Samples.CLERK, "nguyen", 5);
        store.persons().findByIdNumber(Samples.CLERK, "001090000001");
    }

    private static void sql(Path file, String sql) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
