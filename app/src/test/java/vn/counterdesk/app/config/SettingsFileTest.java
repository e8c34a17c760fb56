package vn.counterdesk.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path dir;

    private CounterSettings settings(String taxCode) throws Exception {
        SecretSource password =
                SettingsFile.storeSecret(dir, "signing.password", "signing.password", "p12-secret".toCharArray());
        SecretSource token =
                SettingsFile.storeSecret(dir, "upstream.token", "upstream.token", "bearer-secret".toCharArray());
        return new CounterSettings(
                new CounterSettings.SellerProfile(
                        "Công ty TNHH Quầy Một",
                        taxCode,
                        "1 Tràng Tiền, Hà Nội",
                        Optional.of("02438250000"),
                        Optional.empty()),
                new CounterSettings.InvoiceProfile("1", "C26TAA", "Hóa đơn giá trị gia tăng", "TM/CK"),
                Optional.of(new SigningKey.Pkcs12(dir.resolve("seller.p12"), password, Optional.empty())),
                new SecretSource.FromEnvironment("store.passphrase", "COUNTERDESK_STORE_PASS"),
                new CounterSettings.SyncParties("0100000000", "V0100000000"),
                new CounterSettings.CounterPreferences("en", 3, Optional.of("Virtual PCD 00 01")),
                new CounterSettings.Retention(30, true),
                Optional.of(new CounterSettings.Upstream(
                        URI.create("https://tvan.example.vn/api"), dir.resolve("cqt.pem"), Optional.of(token))));
    }

    @Test
    void whatTheSettingsScreenWritesLoadsBackWithSecretsOnlyInOwnerOnlyFiles() throws Exception {
        SettingsFile.save(dir, settings("0100000001-001"));

        CounterSettings loaded = CounterSettings.load(dir);
        assertThat(loaded.seller().taxCode()).isEqualTo("0100000001-001");
        assertThat(loaded.counter())
                .isEqualTo(new CounterSettings.CounterPreferences("en", 3, Optional.of("Virtual PCD 00 01")));
        assertThat(loaded.retention()).isEqualTo(new CounterSettings.Retention(30, true));
        assertThat(loaded.upstream().orElseThrow().endpoint()).isEqualTo(URI.create("https://tvan.example.vn/api"));
        assertThat(loaded.upstream().orElseThrow().token().orElseThrow().read(Map.of()))
                .isEqualTo("bearer-secret".toCharArray());
        SigningKey.Pkcs12 key = (SigningKey.Pkcs12) loaded.signing().orElseThrow();
        assertThat(key.password().read(Map.of())).isEqualTo("p12-secret".toCharArray());
        assertThat(loaded.storePassphrase())
                .isEqualTo(new SecretSource.FromEnvironment("store.passphrase", "COUNTERDESK_STORE_PASS"));

        String json = Files.readString(dir.resolve(CounterSettings.FILE_NAME));
        assertThat(json)
                .doesNotContain("p12-secret", "bearer-secret")
                .contains("\"file\" : \"secrets/signing.password\"")
                .contains("\"file\" : \"seller.p12\"");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dir.resolve("secrets").resolve("upstream.token"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aWrongTaxCodeIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        assertThatThrownBy(() -> SettingsFile.save(dir, settings("01000001")))
                .isInstanceOfSatisfying(
                        BadInput.class, bad -> assertThat(bad.field()).isEqualTo("seller.taxCode"));
        assertThat(dir.resolve(CounterSettings.FILE_NAME)).doesNotExist();
    }

    @Test
    void aFileWithoutTheNewBlocksStillLoadsWithDefaults() throws Exception {
        Files.writeString(dir.resolve(CounterSettings.FILE_NAME), """
                {"seller": {"name": "A", "taxCode": "0100000001", "address": "B"},
                 "invoice": {"form": "1", "symbol": "C26TAA"},
                 "store": {"passphrase": {"env": "X"}}}
                """);
        CounterSettings loaded = CounterSettings.load(dir);
        assertThat(loaded.counter()).isEqualTo(CounterSettings.CounterPreferences.defaults());
        assertThat(loaded.retention()).isEqualTo(CounterSettings.Retention.defaults());
        assertThat(loaded.upstream()).isEmpty();
    }
}
