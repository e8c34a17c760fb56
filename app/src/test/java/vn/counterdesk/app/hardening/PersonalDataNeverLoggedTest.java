package vn.counterdesk.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.app.Main;
import vn.counterdesk.app.cli.Json;
import vn.counterdesk.card.access.AccessInputParser;
import vn.counterdesk.card.lds.DataGroup;
import vn.counterdesk.card.read.CancellationToken;
import vn.counterdesk.card.read.ChipRead;
import vn.counterdesk.card.read.ChipReader;
import vn.counterdesk.card.read.ReadListener;
import vn.counterdesk.card.read.ReadOptions;
import vn.counterdesk.card.read.ReadOutcome;
import vn.counterdesk.card.verify.DocumentVerifier;
import vn.counterdesk.card.verify.LdsFiles;
import vn.counterdesk.card.verify.StandardChipAuthenticator;
import vn.counterdesk.card.verify.Verdict;
import vn.counterdesk.card.verify.Verification;
import vn.counterdesk.card.verify.trust.TrustStore;
import vn.counterdesk.invoice.sign.InvoiceSigner;
import vn.counterdesk.invoice.sign.SignatureRole;
import vn.counterdesk.invoice.sign.SigningCredential;
import vn.counterdesk.pcsc.InProcessTransport;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.store.StoreOpening;
import vn.counterdesk.store.StoreSettings;
import vn.counterdesk.store.audit.AccessContext;
import vn.counterdesk.store.crypto.PassphraseKeyProvider;
import vn.counterdesk.store.invoice.Buyer;
import vn.counterdesk.store.invoice.InvoiceSeries;
import vn.counterdesk.store.invoice.InvoiceToIssue;
import vn.counterdesk.store.invoice.IssueOutcome;
import vn.counterdesk.store.invoice.Totals;
import vn.counterdesk.store.person.PersonField;
import vn.counterdesk.store.person.PersonRecord;
import vn.counterdesk.testkit.profile.CardGenerator;
import vn.counterdesk.testkit.profile.CardProfiles;
import vn.counterdesk.testkit.profile.VirtualCard;
import vn.counterdesk.testkit.upstream.FaultPlan;
import vn.counterdesk.testkit.upstream.SampleInvoices;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;
import vn.counterdesk.testkit.upstream.UpstreamSimulator;

/**
 * Acceptance (issue 14): the persona's name (with and without diacritics), ID number, document number, MRZ name
 * and address never reach a log line, stdout or stderr, with every logger at its most verbose level, over the
 * whole counter flow: read the persona's virtual chip (PACE-CAN, chip and active authentication, passive
 * authentication against its CSCA), store the person, issue and sign the invoice to them, verify it with the CLI,
 * sync it through the upstream simulator and report the status. The chip is connected in-process, not through
 * pcscd, so the test needs no shared reader. The flow is asserted to have really happened (the
 * invoice is coded), so an empty capture cannot pass for a clean one.
 */
class PersonalDataNeverLoggedTest {

    // The default synthetic persona of the virtual chip (docs/card-profiles.md, spec/cccd-chip.md §8.4).
    private static final String NAME = "Nguyễn Văn An";
    private static final String ID_NUMBER = "001090012345";
    private static final String ADDRESS = "Số 1, Phường D, Quận E, Hà Nội";
    private static final java.util.regex.Pattern CAN_TOKEN =
            java.util.regex.Pattern.compile("(?<![0-9A-Fa-f])012345(?![0-9A-Fa-f])");
    private static final AccessContext CLERK = new AccessContext("clerk-01", "serve customer");

    @TempDir
    Path dataDir;

    private final List<String> captured = new ArrayList<>();
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            synchronized (captured) {
                captured.add(formatter.format(record));
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private Level originalLevel;

    @BeforeEach
    void captureEverything() {
        Logger root = LogManager.getLogManager().getLogger("");
        originalLevel = root.getLevel();
        root.setLevel(Level.ALL);
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        // Loggers created with an explicit level would not inherit ALL from the root.
        LogManager.getLogManager().getLoggerNames().asIterator().forEachRemaining(n -> {
            Logger logger = LogManager.getLogManager().getLogger(n);
            if (logger != null) {
                logger.setLevel(Level.ALL);
            }
        });
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        Logger root = LogManager.getLogManager().getLogger("");
        root.removeHandler(handler);
        root.setLevel(originalLevel);
    }

    @Test
    void theCounterFlowLeavesNoPersonalDataInLogsOrConsoleOutput() throws Exception {
        readAndVerifyThePersonasCard();
        byte[] signed = issueToPersona();
        Path file = dataDir.resolve("invoice.xml");
        Files.write(file, signed);
        Path tampered = dataDir.resolve("tampered.xml");
        Files.writeString(tampered, new String(signed, StandardCharsets.UTF_8).replace("Phường D", "Phường X"));
        assertThat(Main.run(new String[] {"invoice", "verify", file.toString()}))
                .isZero();
        Main.run(new String[] {"invoice", "verify", tampered.toString()});

        TestTaxAuthority cqt = TestTaxAuthority.shared();
        Path certificate = dataDir.resolve("cqt.pem");
        cqt.writeCertificatePem(certificate);
        // Issuing queued the invoice in the store's outbox; `sync run` drains it with these settings.
        Files.writeString(dataDir.resolve("store.pass"), "counter passphrase\n");
        Files.writeString(dataDir.resolve("settings.json"), """
                {
                  "seller": {"name": "Seller", "taxCode": "%s", "address": "Hà Nội"},
                  "invoice": {"form": "1", "symbol": "C26TAA"},
                  "store": {"passphrase": {"file": "store.pass"}}
                }
                """.formatted(SampleInvoices.SELLER_TAX_CODE));
        try (UpstreamSimulator sim = UpstreamSimulator.start(0, cqt, FaultPlan.none())) {
            assertThat(Main.run(new String[] {
                        "--data-dir",
                        dataDir.toString(),
                        "sync",
                        "run",
                        "--once",
                        "--endpoint",
                        sim.endpoint().toString(),
                        "--cqt-cert",
                        certificate.toString()
                    }))
                    .isZero();
        }
        stdout.reset();
        Main.run(new String[] {"--data-dir", dataDir.toString(), "sync", "status", "--json"});
        JsonNode status = Json.mapper().readTree(stdout.toString(StandardCharsets.UTF_8));
        // Coded: the invoice went through the connector, the simulator, the 202 verifier and the answer
        // reader with verbose logging on, so the whole path had its chance to leak.
        assertThat(status.get("coded").asLong())
                .as("the flow really reached the tax authority and was coded: %s", status)
                .isEqualTo(1);
        assertThat(status.get("rejected").asLong()).isZero();

        List<String> lines = new ArrayList<>();
        synchronized (captured) {
            captured.forEach(entry -> lines.addAll(entry.lines().toList()));
        }
        assertThat(lines).as("verbose logging was really captured").isNotEmpty();
        lines.addAll(stdout.toString(StandardCharsets.UTF_8).lines().toList());
        lines.addAll(stderr.toString(StandardCharsets.UTF_8).lines().toList());
        for (String forbidden : forbiddenFragments()) {
            assertThat(lines)
                    .as("no log or console line carries a personal-data fragment")
                    .noneMatch(line -> fold(line).contains(fold(forbidden)));
        }
        // The CAN (last six ID digits) is short: only as a token of its own, not inside hex or longer numbers.
        assertThat(lines).noneMatch(line -> CAN_TOKEN.matcher(line).find());
    }

    /** PACE with the CAN from the ID number, chip and active authentication, then passive authentication. */
    private static void readAndVerifyThePersonasCard() throws Exception {
        VirtualCard card = CardGenerator.generate(CardProfiles.persona(CardProfiles.DEFAULT_PERSONA));
        ChipReader reader = new ChipReader(new StandardChipAuthenticator(new SecureRandom()), ReadOptions.defaults());
        ReadOutcome outcome = reader.read(
                () -> new InProcessTransport(card.newChip(), LinkCapabilities.shortOnly()),
                AccessInputParser.detect(ID_NUMBER),
                ReadListener.NONE,
                CancellationToken.none());
        assertThat(outcome).isInstanceOf(ReadOutcome.Success.class);
        ChipRead read = ((ReadOutcome.Success) outcome).read();
        Verification verification = new DocumentVerifier(TrustStore.of(List.of(card.csca())), Clock.systemUTC())
                .verify(
                        LdsFiles.of(read.raw(DataGroup.COM), read.raw(DataGroup.SOD), read.dataGroupsByNumber()),
                        DocumentVerifier.factsFromDg1(read.raw(DataGroup.DG1)),
                        read.authentication());
        assertThat(verification.verdict())
                .as("the persona's card reads and verifies")
                .isEqualTo(Verdict.GENUINE);
    }

    /** Name, ID, document number (last 9 digits), MRZ name and address, each with and without diacritics. */
    private static List<String> forbiddenFragments() {
        return List.of(
                NAME,
                ID_NUMBER,
                ID_NUMBER.substring(3),
                "NGUYEN<<VAN<AN",
                ADDRESS,
                "Phường D, Quận E",
                "Xã A, Huyện B, Tỉnh C",
                "Nguyễn Văn Bình",
                "Trần Thị Cúc",
                "012345678");
    }

    /** Lower-case, NFC, diacritics removed and Đ→D: finds the name however a log would spell it. */
    private static String fold(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return nfd.replace('Đ', 'D').replace('đ', 'd').toLowerCase(Locale.ROOT);
    }

    private byte[] issueToPersona() throws Exception {
        SigningCredential seller = seller();
        PassphraseKeyProvider keys = new PassphraseKeyProvider("counter passphrase".toCharArray());
        if (!(CounterStore.open(dataDir, keys, StoreSettings.defaults()) instanceof StoreOpening.Opened(var store))) {
            throw new AssertionError("store did not open");
        }
        try (CounterStore opened = store) {
            opened.persons()
                    .save(
                            CLERK,
                            new PersonRecord(
                                    ID_NUMBER,
                                    Map.of(PersonField.FULL_NAME, NAME, PersonField.PLACE_OF_RESIDENCE, ADDRESS),
                                    Optional.empty()));
            var toIssue = new InvoiceToIssue(
                    new InvoiceSeries(SampleInvoices.SELLER_TAX_CODE, "1", "C26TAA", 2026),
                    LocalDate.of(2026, 11, 27),
                    Buyer.individual(NAME, ID_NUMBER, ADDRESS),
                    Totals.vnd(10_000, 1_000));
            var outcome = opened.invoices().issue(CLERK, toIssue, number -> {
                String xml = new String(
                                SampleInvoices.valid((int) number.number(), LocalDate.of(2026, 11, 27)),
                                StandardCharsets.UTF_8)
                        .replace(
                                "<NMua><Ten>Khách lẻ</Ten></NMua>",
                                "<NMua><Ten>" + NAME + "</Ten><DChi>" + ADDRESS + "</DChi><CCCDan>" + ID_NUMBER
                                        + "</CCCDan></NMua>");
                return new InvoiceSigner(Clock.systemUTC())
                        .sign(xml.getBytes(StandardCharsets.UTF_8), seller, SignatureRole.SELLER);
            });
            assertThat(outcome).isInstanceOf(IssueOutcome.Issued.class);
            long id = ((IssueOutcome.Issued) outcome).invoiceId();
            byte[] stored = opened.invoices().document(CLERK, id).orElseThrow().signedXml();
            assertThat(new String(stored, StandardCharsets.UTF_8)).contains(NAME, ID_NUMBER);
            return stored;
        }
    }

    private static SigningCredential seller() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Cua hang thu nghiem,UID=MST:" + SampleInvoices.SELLER_TAX_CODE + ",C=VN");
        Instant now = Instant.now();
        var certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.TWO,
                                Date.from(now.minus(Duration.ofDays(1))),
                                Date.from(now.plus(Duration.ofDays(30))),
                                name,
                                pair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        return new SigningCredential(pair.getPrivate(), certificate, Optional.empty());
    }
}
