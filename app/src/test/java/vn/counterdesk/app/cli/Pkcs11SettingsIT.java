package vn.counterdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.app.config.CounterSettings;
import vn.counterdesk.app.config.SecretSource;
import vn.counterdesk.app.config.SettingsFile;
import vn.counterdesk.app.config.SigningKey;
import vn.counterdesk.app.config.StoreAccess;

/**
 * A PKCS#11 token chosen in the settings (library, slot, PIN kept in {@code secrets/}): SoftHSM2 with a key
 * generated on the token, settings.json written by {@link SettingsFile} as the settings screen does, and the CLI's
 * {@code invoice issue} signs with it; the signed XML verifies. Skipped, with the reason, without SoftHSM2.
 */
class Pkcs11SettingsIT {

    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final String PIN = "246810";
    private static final String SELLER_TAX_CODE = "0100000001";

    private static int slotIndex;

    @TempDir
    Path dir;

    @BeforeAll
    static void createToken() throws Exception {
        assumeTrue(Files.isRegularFile(LIBRARY), "SoftHSM2 is not installed (" + LIBRARY + " missing)");
        String conf = System.getenv("SOFTHSM2_CONF");
        assumeTrue(conf != null, "SOFTHSM2_CONF is not set: run through Failsafe (mvn verify)");
        Path confFile = Path.of(conf);
        Path tokens = Files.createDirectories(confFile.getParent().resolve("tokens-" + System.nanoTime()));
        Files.writeString(
                confFile,
                "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n",
                StandardCharsets.UTF_8);
        Process init = new ProcessBuilder(
                        "softhsm2-util",
                        "--init-token",
                        "--free",
                        "--label",
                        "counterdesk-app-it",
                        "--pin",
                        PIN,
                        "--so-pin",
                        "13579111")
                .redirectErrorStream(true)
                .start();
        init.getInputStream().readAllBytes();
        assumeTrue(init.waitFor(60, TimeUnit.SECONDS) && init.exitValue() == 0, "softhsm2-util failed");

        // The settings name the slot by its index in the token list: find the index of the initialised token.
        for (int index = 0; index < 4; index++) {
            Provider provider = Security.getProvider("SunPKCS11")
                    .configure("--name = CounterDeskAppIT" + index + "\nlibrary = " + LIBRARY + "\nslotListIndex = "
                            + index + "\n");
            KeyStore token = KeyStore.getInstance("PKCS11", provider);
            try {
                token.load(null, PIN.toCharArray());
            } catch (Exception wrongSlot) {
                continue;
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", provider);
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=CONG TY TNHH QUAY MOT, UID=MST:" + SELLER_TAX_CODE + ", C=VN");
            Instant now = Instant.now();
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    name,
                                    BigInteger.valueOf(now.toEpochMilli()),
                                    Date.from(now.minus(Duration.ofDays(1))),
                                    Date.from(now.plus(Duration.ofDays(365))),
                                    name,
                                    keys.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withRSA")
                                    .setProvider(provider)
                                    .build(keys.getPrivate())));
            token.setKeyEntry("seller", keys.getPrivate(), null, new X509Certificate[] {certificate});
            ((java.security.AuthProvider) provider).logout();
            slotIndex = index;
            return;
        }
        throw new AssertionError("the initialised SoftHSM2 token was not found in the slot list");
    }

    @Test
    void theTokenChosenInTheSettingsSignsTheInvoiceTheCliIssues() throws Exception {
        SecretSource pin = SettingsFile.storeSecret(dir, "signing.pin", "signing.pin", PIN.toCharArray());
        String symbol = "C%02dTAA".formatted(LocalDate.now().getYear() % 100);
        SettingsFile.save(
                dir,
                new CounterSettings(
                        new CounterSettings.SellerProfile(
                                "Công ty TNHH Quầy Một",
                                SELLER_TAX_CODE,
                                "1 Tràng Tiền, Hà Nội",
                                Optional.empty(),
                                Optional.empty()),
                        new CounterSettings.InvoiceProfile("1", symbol, "Hóa đơn giá trị gia tăng", "TM/CK"),
                        Optional.of(new SigningKey.Pkcs11(LIBRARY, slotIndex, pin, Optional.empty())),
                        StoreAccess.firstStartPassphrase(dir),
                        new CounterSettings.SyncParties("0100000000", "V0100000000"),
                        CounterSettings.CounterPreferences.defaults(),
                        CounterSettings.Retention.defaults(),
                        Optional.empty()));
        assertThat(Files.readString(dir.resolve(CounterSettings.FILE_NAME))).doesNotContain(PIN);

        Path order = dir.resolve("order.json");
        Files.writeString(
                order,
                DocExamples.get("order.json")
                        .replaceAll("\"issueDate\": \"[0-9-]+\"", "\"issueDate\": \"" + LocalDate.now() + "\""));
        Path xml = dir.resolve("signed.xml");
        CliRun issue = CliRun.of(
                "--data-dir",
                dir.toString(),
                "invoice",
                "issue",
                "--input",
                order.toString(),
                "--out-xml",
                xml.toString());
        assertThat(issue.exit()).as(issue.err()).isZero();

        CliRun verify = CliRun.of("invoice", "verify", xml.toString(), "--json");
        var seller = verify.json().get("signatures").get(0);
        assertThat(seller.get("signer").asText()).as(verify.out()).contains("CONG TY TNHH QUAY MOT");
        assertThat(seller.get("valid").asBoolean()).as(verify.out()).isTrue();
    }
}
