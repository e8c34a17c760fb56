package vn.counterdesk.store.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.store.StoreSettings;
import vn.counterdesk.store.invoice.InvoiceQuery;
import vn.counterdesk.store.person.CardReadRecord;
import vn.counterdesk.store.person.Check;
import vn.counterdesk.store.person.Photo;
import vn.counterdesk.store.support.MutableClock;
import vn.counterdesk.store.support.Samples;
import vn.counterdesk.store.support.TestStores;

class PrivacyServiceTest {
    private static final String ID = "001090012345";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));

    @Test
    void exportContainsEverythingHeldAboutThePerson() throws Exception {
        try (var store = TestStores.openOrFail(dir.resolve("e.db"), StoreSettings.defaults(), clock)) {
            var person = Samples.person(ID, "Nguyễn Văn An", "Số 1 Tràng Tiền, Hà Nội");
            store.persons().save(Samples.CLERK, person);
            store.privacy().recordConsent(Samples.CLERK, ID, "issue invoices with my address");
            var invoice = Samples.invoiceFor(person);
            store.invoices().issue(Samples.CLERK, invoice, Samples.xmlWithBuyer(invoice));

            var json = new ObjectMapper()
                    .readTree(store.privacy().export(Samples.CLERK, ID).orElseThrow());
            assertThat(json.at("/person/idNumber").asText()).isEqualTo(ID);
            assertThat(json.at("/person/fullName").asText()).isEqualTo("Nguyễn Văn An");
            assertThat(json.at("/person/placeOfResidence").asText()).isEqualTo("Số 1 Tràng Tiền, Hà Nội");
            assertThat(json.at("/consents/0/purpose").asText()).isEqualTo("issue invoices with my address");
            assertThat(json.at("/invoices/0/symbol").asText()).isEqualTo("C26TAA");
            assertThat(json.at("/invoices/0/number").asLong()).isEqualTo(1);
            assertThat(store.privacy().export(Samples.CLERK, "079000000000")).isEmpty();
        }
    }

    @Test
    void eraseRemovesTheProfileButKeepsInvoicesUnderRetention() throws Exception {
        var file = dir.resolve("x.db");
        try (var store = TestStores.openOrFail(file, StoreSettings.defaults().withStorePhotos(true), clock)) {
            var person =
                    Samples.person(ID, "Nguyễn Văn An", "Hà Nội").withPhoto(new Photo("image/jpeg", new byte[] {1, 2}));
            store.persons().save(Samples.CLERK, person);
            store.privacy().recordConsent(Samples.CLERK, ID, "marketing");
            store.cardReads()
                    .record(Samples.CLERK, new CardReadRecord(ID, "clerk-01", clock.instant(), "GENUINE", List.of()));
            var invoice = Samples.invoiceFor(person);
            store.invoices().issue(Samples.CLERK, invoice, Samples.xmlWithBuyer(invoice));

            var report = store.privacy().erase(Samples.CLERK, ID);

            assertThat(report).isEqualTo(new ErasureReport(true, 1, 1, 1));
            assertThat(store.persons().findByIdNumber(Samples.CLERK, ID)).isEmpty();
            assertThat(store.persons().searchByName(Samples.CLERK, "nguyen van an", 5))
                    .isEmpty();
            assertThat(store.privacy().export(Samples.CLERK, ID)).isEmpty();
            var kept = store.invoices().search(Samples.CLERK, InvoiceQuery.all().byBuyerIdNumber(ID));
            assertThat(kept).singleElement().satisfies(summary -> {
                assertThat(summary.buyer().name()).contains("Nguyễn Văn An");
                assertThat(summary.buyer().idNumber()).contains(ID);
            });
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            for (String table : List.of("persons", "person_name_tokens", "card_reads", "consents")) {
                var rows = statement.executeQuery("SELECT count(*) FROM " + table);
                rows.next();
                assertThat(rows.getInt(1)).as(table).isZero();
            }
        }
    }

    @Test
    void retentionPurgeRemovesOldCardReadsAndPhotosOnly() {
        var settings =
                StoreSettings.defaults().withStorePhotos(true).withRetention(Duration.ofDays(90), Duration.ofDays(30));
        try (var store = TestStores.openOrFail(dir.resolve("r.db"), settings, clock)) {
            var photo = new Photo("image/jpeg", new byte[] {9});
            store.persons()
                    .save(
                            Samples.CLERK,
                            Samples.person(ID, "Nguyễn Văn An", "Hà Nội").withPhoto(photo));
            store.cardReads()
                    .record(
                            Samples.CLERK,
                            new CardReadRecord(
                                    ID,
                                    "clerk-01",
                                    clock.instant(),
                                    "GENUINE",
                                    List.of(new Check("CA", "PASSED", ""))));
            clock.advance(Duration.ofDays(40));
            store.cardReads()
                    .record(Samples.CLERK, new CardReadRecord(ID, "clerk-01", clock.instant(), "GENUINE", List.of()));

            assertThat(store.privacy().purgeExpired(Samples.CLERK)).isEqualTo(new PurgeReport(0, 1));
            var person = store.persons().findByIdNumber(Samples.CLERK, ID).orElseThrow();
            assertThat(person.photo()).isEmpty();
            assertThat(person.fullName()).isEqualTo("Nguyễn Văn An");

            clock.advance(Duration.ofDays(60));
            assertThat(store.privacy().purgeExpired(Samples.CLERK)).isEqualTo(new PurgeReport(1, 0));
        }
    }

    @Test
    void consentCanBeWithdrawnAndStaysOnRecord() {
        try (var store = TestStores.openOrFail(dir.resolve("c.db"), StoreSettings.defaults(), clock)) {
            store.persons().save(Samples.CLERK, Samples.person(ID, "Nguyễn Văn An", "Hà Nội"));
            long consent = store.privacy()
                    .recordConsent(Samples.CLERK, ID, "store address")
                    .orElseThrow();
            assertThat(store.privacy().recordConsent(Samples.CLERK, "079000000000", "x"))
                    .isEmpty();
            clock.advance(Duration.ofHours(1));
            assertThat(store.privacy().withdrawConsent(Samples.CLERK, consent)).isTrue();
            assertThat(store.privacy().withdrawConsent(Samples.CLERK, consent)).isFalse();
            assertThat(store.privacy().consents(Samples.CLERK, ID))
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.recordedBy()).isEqualTo("clerk-01");
                        assertThat(c.purpose()).isEqualTo("store address");
                        assertThat(c.withdrawnAt()).contains(clock.instant());
                    });
        }
    }
}
