package vn.counterdesk.store.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.store.StoreSettings;
import vn.counterdesk.store.db.StoreException;
import vn.counterdesk.store.support.Samples;
import vn.counterdesk.store.support.TestStores;

class PersonRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void savedPersonIsReadBackWithEveryField() {
        try (var store = TestStores.openOrFail(dir.resolve("p.db"))) {
            var person = Samples.person("001090012345", "Nguyễn Văn An", "Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội");
            store.persons().save(Samples.CLERK, person);
            assertThat(store.persons().findByIdNumber(Samples.CLERK, "001090012345"))
                    .contains(person);
            assertThat(store.persons().findByIdNumber(Samples.CLERK, "001090099999"))
                    .isEmpty();
        }
    }

    @Test
    void nameSearchWithoutDiacriticsFindsTheRightPeople() {
        try (var store = TestStores.openOrFail(dir.resolve("s.db"))) {
            var persons = store.persons();
            persons.save(Samples.CLERK, Samples.person("001090000001", "Nguyễn Văn An", "Hà Nội"));
            persons.save(Samples.CLERK, Samples.person("001090000002", "Nguyễn Văn Anh", "Huế"));
            persons.save(Samples.CLERK, Samples.person("001090000003", "Trần Văn An", "Đà Nẵng"));
            persons.save(Samples.CLERK, Samples.person("001090000004", "Đặng Thị Đào", "Cần Thơ"));

            assertThat(names(persons.searchByName(Samples.CLERK, "nguyen van an", 10)))
                    .containsExactlyInAnyOrder("Nguyễn Văn An", "Nguyễn Văn Anh"); // last word may be a prefix
            assertThat(names(persons.searchByName(Samples.CLERK, "an nguyen", 10))) // any word order
                    .containsExactly("Nguyễn Văn An");
            assertThat(names(persons.searchByName(Samples.CLERK, "NGUYEN VAN ANH", 10)))
                    .containsExactly("Nguyễn Văn Anh");
            assertThat(names(persons.searchByName(Samples.CLERK, "dang thi dao", 10)))
                    .containsExactly("Đặng Thị Đào");
            assertThat(names(persons.searchByName(Samples.CLERK, "tran v", 10))).containsExactly("Trần Văn An");
            assertThat(persons.searchByName(Samples.CLERK, "le van an", 10)).isEmpty();
            assertThat(persons.searchByName(Samples.CLERK, "   ", 10)).isEmpty();
        }
    }

    @Test
    void photoIsStoredOnlyWhenTheSettingIsOn() {
        var photo = new Photo("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        var person = Samples.person("001090012345", "Nguyễn Văn An", "Hà Nội").withPhoto(photo);
        try (var store = TestStores.openOrFail(dir.resolve("off.db"))) {
            store.persons().save(Samples.CLERK, person);
            assertThat(store.persons()
                            .findByIdNumber(Samples.CLERK, person.idNumber())
                            .orElseThrow()
                            .photo())
                    .isEmpty();
        }
        var on = StoreSettings.defaults().withStorePhotos(true);
        try (var store = TestStores.openOrFail(dir.resolve("on.db"), on, Clock.systemUTC())) {
            store.persons().save(Samples.CLERK, person);
            var stored = store.persons()
                    .findByIdNumber(Samples.CLERK, person.idNumber())
                    .orElseThrow();
            assertThat(stored.photo().orElseThrow().bytes()).isEqualTo(photo.bytes());
        }
    }

    @Test
    void aCiphertextMovedToAnotherPersonFailsAuthentication() throws Exception {
        var file = dir.resolve("swap.db");
        try (var store = TestStores.openOrFail(file)) {
            store.persons().save(Samples.CLERK, Samples.person("001090000001", "Nguyễn Văn An", "Hà Nội"));
            store.persons().save(Samples.CLERK, Samples.person("001090000002", "Lê Thị Bình", "Huế"));
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE persons SET full_name_enc ="
                    + " (SELECT full_name_enc FROM persons WHERE id = 1) WHERE id = 2");
        }
        try (var store = TestStores.openOrFail(file)) {
            assertThatThrownBy(() -> store.persons().findByIdNumber(Samples.CLERK, "001090000002"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("failed authentication")
                    .hasMessageNotContaining("Nguyễn");
        }
    }

    @Test
    void cardReadsKeepVerdictAndChecks() {
        try (var store = TestStores.openOrFail(dir.resolve("r.db"))) {
            store.persons().save(Samples.CLERK, Samples.person("001090012345", "Nguyễn Văn An", "Hà Nội"));
            var checks = List.of(new Check("PASSIVE_AUTHENTICATION", "PASSED", "SOD signature valid"));
            store.cardReads()
                    .record(
                            Samples.CLERK,
                            new CardReadRecord(
                                    "001090012345",
                                    "clerk-01",
                                    Instant.parse("2026-11-27T08:00:00Z"),
                                    "GENUINE",
                                    checks));
            var export = new String(
                    store.privacy().export(Samples.CLERK, "001090012345").orElseThrow(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(export).contains("\"verdict\" : \"GENUINE\"", "SOD signature valid", "PASSIVE_AUTHENTICATION");
        }
    }

    private static List<String> names(List<PersonMatch> matches) {
        return matches.stream().map(PersonMatch::fullName).toList();
    }
}
