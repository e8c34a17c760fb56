package vn.counterdesk.invoice.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.counterdesk.invoice.testing.SampleInvoices;
import vn.counterdesk.invoice.testing.TestPki;
import vn.counterdesk.invoice.xml.InvoiceXmlReader;
import vn.counterdesk.invoice.xml.InvoiceXmlWriter;

/**
 * Signing with a key that lives on a real PKCS#11 token: SoftHSM2 with its own token directory, reached through
 * SunPKCS11 exactly as a CA's USB token would be. {@code SOFTHSM2_CONF} is set by Failsafe (see the module pom);
 * this test writes that file. Skipped, with the reason, where SoftHSM2 is not installed ({@code .ci/run} installs it).
 */
class SoftHsmSigningIT {

    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final String PIN = "246810";
    private static final String SO_PIN = "13579111";

    private static long slot;

    @BeforeAll
    static void createToken() throws Exception {
        assumeTrue(Files.isRegularFile(LIBRARY), "SoftHSM2 is not installed (" + LIBRARY + " missing)");
        assumeTrue(onPath("softhsm2-util"), "softhsm2-util is not on the PATH");
        String conf = System.getenv("SOFTHSM2_CONF");
        assumeTrue(conf != null, "SOFTHSM2_CONF is not set: run through Failsafe (mvn verify)");

        Path confFile = Path.of(conf);
        Path tokens = Files.createDirectories(confFile.getParent().resolve("tokens-" + System.nanoTime()));
        Files.writeString(
                confFile,
                "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n",
                StandardCharsets.UTF_8);
        String output = run(
                "softhsm2-util",
                "--init-token",
                "--free",
                "--label",
                "counterdesk-it",
                "--pin",
                PIN,
                "--so-pin",
                SO_PIN);
        Matcher m = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
        assertThat(m.find()).as("softhsm2-util output: %s", output).isTrue();
        slot = Long.parseLong(m.group(1));

        // Generate the key pair on the token and store it with a certificate from the test CA, as a CA would.
        Provider provider = Security.getProvider("SunPKCS11")
                .configure("--name = CounterDeskIT\nlibrary = " + LIBRARY + "\nslot = " + slot + "\n");
        KeyStore token = KeyStore.getInstance("PKCS11", provider);
        token.load(null, PIN.toCharArray());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", provider);
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X509Certificate certificate = TestPki.certificate(
                TestPki.sellerName("CÔNG TY TNHH DỊCH VỤ QUẦY GIAO DỊCH", SampleInvoices.SELLER_TAX_CODE),
                keys.getPublic(),
                Instant.now().minus(Duration.ofDays(1)),
                Duration.ofDays(365));
        token.setKeyEntry("seller", keys.getPrivate(), null, new X509Certificate[] {certificate});
        ((java.security.AuthProvider) provider).logout();
    }

    @Test
    void signsWithTheTokenKeyAndTheResultVerifies() throws Exception {
        Pkcs11Config config = new Pkcs11Config(LIBRARY, new Pkcs11Config.Slot.Id(slot), Optional.empty());
        char[] pin = PIN.toCharArray();
        byte[] signed;
        try (Pkcs11Signer signer = Pkcs11Signer.open(config, PinSource.of(pin))) {
            assertThat(signer.credential().provider()).isPresent();
            assertThat(signer.credential().key().getEncoded())
                    .as("the private key stays on the token")
                    .isNull();
            signed = new InvoiceSigner(Clock.systemUTC())
                    .sign(InvoiceXmlWriter.current().write(SampleInvoices.mixedRates()), signer);
        }

        var report = new InvoiceVerifier(Clock.systemUTC()).verify(new InvoiceXmlReader().read(signed));

        assertThat(report.verified()).isTrue();
        assertThat(report.problems()).isEmpty();
        assertThat(report.seller().orElseThrow().signer()).contains("CÔNG TY TNHH DỊCH VỤ QUẦY GIAO DỊCH");
    }

    @Test
    void aWrongPinIsRefusedAsSuch() {
        Pkcs11Config config = new Pkcs11Config(LIBRARY, new Pkcs11Config.Slot.Id(slot), Optional.empty());

        assertThatThrownBy(() -> Pkcs11Signer.open(config, PinSource.of("000000".toCharArray())))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("PIN");
    }

    @Test
    void aMissingModuleIsReportedClearly() {
        Pkcs11Config config = new Pkcs11Config(
                Path.of("/nonexistent/vnpt-ca_csp11.so"), new Pkcs11Config.Slot.Index(0), Optional.empty());

        assertThatThrownBy(() -> Pkcs11Signer.open(config, PinSource.of(PIN.toCharArray())))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("module not found");
    }

    private static boolean onPath(String command) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command[0], output).isZero();
        return output;
    }
}
