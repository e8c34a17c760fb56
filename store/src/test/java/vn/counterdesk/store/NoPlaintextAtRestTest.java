package vn.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.store.crypto.NameNormalizer;
import vn.counterdesk.store.invoice.InvoiceQuery;
import vn.counterdesk.store.person.CardReadRecord;
import vn.counterdesk.store.person.Check;
import vn.counterdesk.store.person.PersonField;
import vn.counterdesk.store.person.PersonMatch;
import vn.counterdesk.store.person.PersonRecord;
import vn.counterdesk.store.support.Samples;
import vn.counterdesk.store.support.TestStores;

/**
 * Acceptance: after persons are stored and invoiced, none of their names, addresses or ID numbers appears in
 * the database file or its WAL in any common encoding, yet every search finds them.
 */
class NoPlaintextAtRestTest {
    private static final List<PersonRecord> PEOPLE = List.of(
            Samples.person("001090012345", "Nguyễn Văn An", "Số 12 Phố Tràng Tiền, Phường Hoàn Kiếm, Hà Nội"),
            Samples.person(
                    "079185004321", "Trương Thị Ánh Nguyệt", "48 Đường Nguyễn Huệ, Phường Sài Gòn, TP Hồ Chí Minh"),
            Samples.person("048201007777", "Đặng Quốc Đạt", "Thôn Phước Thượng, Xã Hòa Tiến, Đà Nẵng"),
            Samples.person("031299000888", "Lê Hoàng Phúc", "Khu phố Bãi Cháy, Quảng Ninh"));

    @TempDir
    Path dir;

    @Test
    void noPersonalDataInTheFileOrWalYetEverySearchFindsIt() throws Exception {
        Path file = dir.resolve("leak.db");
        try (var store = TestStores.openOrFail(file)) {
            for (PersonRecord person : PEOPLE) {
                store.persons().save(Samples.CLERK, person);
                store.privacy().recordConsent(Samples.CLERK, person.idNumber(), "invoice with address");
                store.cardReads()
                        .record(
                                Samples.CLERK,
                                new CardReadRecord(
                                        person.idNumber(),
                                        "clerk-01",
                                        Instant.now(),
                                        "GENUINE",
                                        List.of(new Check("DG13", "PASSED", "read " + person.fullName()))));
                var invoice = Samples.invoiceFor(person);
                store.invoices().issue(Samples.CLERK, invoice, Samples.xmlWithBuyer(invoice));
            }
            assertEverySearchFindsEveryone(store);
            Path wal = dir.resolve("leak.db-wal");
            assertThat(wal).exists();
            assertNoPersonalData(file);
            assertNoPersonalData(wal);
            assertSearchSeesStoredRows(file, wal);
        }
        assertNoPersonalData(file); // after the checkpoint at close everything is in the main file
        assertSearchSeesStoredRows(file);
        try (var store = TestStores.openOrFail(file)) {
            assertEverySearchFindsEveryone(store);
        }
    }

    private static void assertEverySearchFindsEveryone(CounterStore store) {
        for (PersonRecord person : PEOPLE) {
            String typed = String.join(" ", NameNormalizer.words(person.fullName()));
            assertThat(store.persons().findByIdNumber(Samples.CLERK, person.idNumber()))
                    .contains(person);
            assertThat(store.persons().searchByName(Samples.CLERK, typed, 10))
                    .extracting(PersonMatch::idNumber)
                    .containsExactly(person.idNumber());
            assertThat(store.invoices().search(Samples.CLERK, InvoiceQuery.all().byBuyerIdNumber(person.idNumber())))
                    .singleElement()
                    .satisfies(summary -> assertThat(summary.buyer().name()).contains(person.fullName()));
            assertThat(store.invoices().search(Samples.CLERK, InvoiceQuery.all().byBuyerName(typed)))
                    .singleElement()
                    .satisfies(summary -> assertThat(summary.buyer().idNumber()).contains(person.idNumber()));
        }
    }

    private static void assertNoPersonalData(Path file) throws Exception {
        byte[] content = Files.readAllBytes(file);
        for (String secret : secrets()) {
            for (byte[] needle : encodings(secret)) {
                assertThat(indexOf(content, needle))
                        .as("'%s' found in %s", secret, file.getFileName())
                        .isEqualTo(-1);
            }
        }
    }

    /** Positive control: the plain seller tax code of the invoices is found, so the byte search sees the rows. */
    private static void assertSearchSeesStoredRows(Path... files) throws Exception {
        var all = new java.io.ByteArrayOutputStream();
        for (Path file : files) {
            all.writeBytes(Files.readAllBytes(file));
        }
        byte[] sellerTaxCode = Samples.SERIES.sellerTaxCode().getBytes(StandardCharsets.US_ASCII);
        assertThat(indexOf(all.toByteArray(), sellerTaxCode)).isNotNegative();
    }

    /** Names, addresses, ID numbers, their distinctive words, and their diacritic-free forms. */
    private static Set<String> secrets() {
        Set<String> secrets = new LinkedHashSet<>();
        for (PersonRecord person : PEOPLE) {
            secrets.add(person.idNumber());
            secrets.add(person.idNumber().substring(3)); // the document number part
            for (String text : List.of(
                    person.fullName(),
                    person.field(PersonField.PLACE_OF_RESIDENCE).orElseThrow())) {
                secrets.add(text);
                secrets.add(String.join(" ", NameNormalizer.words(text)));
                for (String word : text.split("[ ,]+")) {
                    if (!word.equals(NameNormalizer.words(word).stream()
                                    .findFirst()
                                    .orElse(word))
                            && word.length() >= 3) {
                        secrets.add(word); // words with diacritics cannot occur by accident in the schema text
                    }
                }
            }
        }
        return secrets;
    }

    private static List<byte[]> encodings(String text) {
        var forms = new ArrayList<byte[]>();
        for (String normalized : List.of(
                Normalizer.normalize(text, Normalizer.Form.NFC), Normalizer.normalize(text, Normalizer.Form.NFD))) {
            for (Charset charset :
                    List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                forms.add(normalized.getBytes(charset));
            }
        }
        return forms;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
