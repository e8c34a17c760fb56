package vn.counterdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.testkit.upstream.FaultPlan;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;
import vn.counterdesk.testkit.upstream.UpstreamSimulator;

/**
 * Issue → list → sync → status through the command line, against a real SQLite store in a throwaway data
 * directory, a real PKCS#12 key (made by keytool) and the upstream simulator on loopback. The settings, the order
 * and the session's command lines are the examples of {@code docs/cli.md}.
 */
class CliSessionTest {

    @TempDir
    Path work;

    private Path dataDir;

    @BeforeEach
    void configureCounter() throws Exception {
        dataDir = ConfiguredCounter.create(work.resolve("counter"));
        Files.writeString(work.resolve("order.json"), DocExamples.get("order.json"));
        TestTaxAuthority.shared().writeCertificatePem(work.resolve("cqt.pem"));
    }

    @Test
    void theDocumentedSessionIssuesSignsStoresAndCodesTheInvoice() throws Exception {
        List<CliRun> runs = new ArrayList<>();
        try (UpstreamSimulator sim = UpstreamSimulator.start(0, TestTaxAuthority.shared(), FaultPlan.none())) {
            for (String line : DocExamples.get("session").lines().toList()) {
                CliRun run = CliRun.of(arguments(line, sim.endpoint().toString()));
                assertThat(run.exit()).as(line + "\nstderr: " + run.err()).isZero();
                runs.add(run);
            }
        }

        JsonNode issued = runs.get(0).json();
        assertThat(issued.get("number").asLong()).isEqualTo(1);
        assertThat(issued.get("symbol").asText()).isEqualTo("C26TAA");
        assertThat(issued.get("status").asText()).isEqualTo("QUEUED");
        // 2 × 50,000 at 8 % + 3 × 2,000 not taxed = 108,000 + 6,000.
        assertThat(issued.get("totalPayable").decimalValue()).isEqualByComparingTo("114000");
        assertThat(issued.get("messageId").asText()).startsWith("0100000000");
        assertThat(Files.readString(work.resolve("inv-1.xml"), StandardCharsets.UTF_8))
                .contains("<SHDon>1</SHDon>")
                .contains("<CCCDan>001099012345</CCCDan>");
        assertThat(Files.readAllBytes(work.resolve("inv-1.pdf")))
                .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));

        JsonNode verified = runs.get(1).json();
        assertThat(verified.get("signatures").get(0).get("role").asText()).isEqualTo("seller");
        assertThat(verified.get("signatures").get(0).get("valid").asBoolean()).isTrue();

        JsonNode listed = runs.get(2).json().get("invoices");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("buyerIdNumber").asText()).isEqualTo("001099012345");

        assertThat(runs.get(3).json().get("queued").asLong()).isEqualTo(1);
        assertThat(runs.get(4).json().get("coded").asLong()).isEqualTo(1);
        JsonNode after = runs.get(5).json();
        assertThat(after.get("queued").asLong()).isZero();
        assertThat(after.get("coded").asLong()).isEqualTo(1);

        JsonNode coded = CliRun.of("--data-dir", dataDir.toString(), "invoice", "list", "--json")
                .json()
                .get("invoices")
                .get(0);
        assertThat(coded.get("status").asText()).isEqualTo("CODED");
        assertThat(coded.get("taxAuthorityCode").asText()).isNotBlank();
    }

    @Test
    void numbersFollowEachOtherAndListFiltersByBuyerAndDate() throws Exception {
        assertThat(issue(work.resolve("order.json")).get("number").asLong()).isEqualTo(1);
        Path other = work.resolve("other.json");
        Files.writeString(
                other,
                DocExamples.get("order.json")
                        .replace("001099012345", "079200000001")
                        .replace("2026-11-27", "2026-12-02"));
        assertThat(issue(other).get("number").asLong()).isEqualTo(2);

        assertThat(list("--buyer-id", "079200000001"))
                .singleElement()
                .satisfies(i -> assertThat(i.get("number").asLong()).isEqualTo(2));
        assertThat(list("--from", "2026-12-01")).hasSize(1);
        assertThat(list("--to", "2026-11-30"))
                .singleElement()
                .satisfies(i -> assertThat(i.get("date").asText()).isEqualTo("2026-11-27"));
        assertThat(list()).hasSize(2);
    }

    @Test
    void syncRunExitsSixWhileTheUpstreamIsDownAndTheInvoiceStaysRetrying() throws Exception {
        issue(work.resolve("order.json"));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CliRun run = CliRun.of(
                "--data-dir",
                dataDir.toString(),
                "sync",
                "run",
                "--once",
                "--endpoint",
                "http://127.0.0.1:" + closedPort + "/",
                "--cqt-cert",
                work.resolve("cqt.pem").toString());

        assertThat(run.exit()).isEqualTo(ExitCode.UPSTREAM_UNREACHABLE);
        assertThat(run.err()).contains("unreachable");
        JsonNode status = CliRun.of("--data-dir", dataDir.toString(), "sync", "status", "--json")
                .json();
        assertThat(status.get("failing").asLong()).isEqualTo(1);
        assertThat(status.get("coded").asLong()).isZero();
    }

    @Test
    void badInputIsExitTwoAndTheMessageNamesTheField() throws Exception {
        assertThat(list())
                .as("the store now exists, its keys under the documented passphrase")
                .isEmpty();
        Path order = work.resolve("bad-rate.json");
        Files.writeString(order, DocExamples.get("order.json").replace("\"8%\"", "\"eight\""));
        CliRun badRate = CliRun.of("--data-dir", dataDir.toString(), "invoice", "issue", "--input", order.toString());
        assertThat(badRate.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badRate.err()).contains("lines[0].taxRate");

        Files.writeString(order, DocExamples.get("order.json").replace("001099012345", "12345"));
        CliRun badId = CliRun.of("--data-dir", dataDir.toString(), "invoice", "issue", "--input", order.toString());
        assertThat(badId.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badId.err()).contains("buyer.idNumber").doesNotContain("12345");

        Files.writeString(dataDir.resolve("store.pass"), "not the passphrase\n");
        issueFails("store.passphrase");

        Files.writeString(dataDir.resolve("seller.p12.pass"), "wrong\n");
        issueFails("signing");

        Files.delete(dataDir.resolve("settings.json"));
        issueFails("settings.json");

        CliRun badBuyer = CliRun.of("--data-dir", dataDir.toString(), "invoice", "list", "--buyer-id", "12");
        assertThat(badBuyer.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badBuyer.err()).contains("--buyer-id");

        Files.writeString(dataDir.resolve("settings.json"), DocExamples.get("settings.json"));
        Files.writeString(dataDir.resolve("store.pass"), "a long store passphrase\n");
        assertThat(list()).as("nothing was issued by the failed attempts").isEmpty();
    }

    @Test
    void aTamperedInvoiceFailsVerificationWithExitFive() throws Exception {
        Path xml = work.resolve("issued.xml");
        CliRun issued = CliRun.of(
                "--data-dir",
                dataDir.toString(),
                "invoice",
                "issue",
                "--input",
                work.resolve("order.json").toString(),
                "--out-xml",
                xml.toString());
        assertThat(issued.exit()).as(issued.err()).isZero();
        String signed = Files.readString(xml, StandardCharsets.UTF_8);
        assertThat(signed).contains("<TgTTTBSo>114000</TgTTTBSo>");
        Files.writeString(xml, signed.replace("<TgTTTBSo>114000</TgTTTBSo>", "<TgTTTBSo>14000</TgTTTBSo>"));

        CliRun verify = CliRun.of("invoice", "verify", xml.toString(), "--json");

        assertThat(verify.exit()).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(verify.json().get("signatures").get(0).get("valid").asBoolean())
                .isFalse();
    }

    @Test
    void aDamagedDatabaseIsAnUnexpectedErrorWithExitOneAndNoStackTrace() throws Exception {
        Files.write(
                dataDir.resolve("counterdesk.db"),
                "this is not an SQLite database, just text".repeat(100).getBytes());

        CliRun run = CliRun.of("--data-dir", dataDir.toString(), "sync", "status");

        assertThat(run.exit()).isEqualTo(ExitCode.UNEXPECTED_ERROR);
        assertThat(run.err()).contains("unexpected error").doesNotContain("\tat ");
    }

    @Test
    void humanOutputFollowsTheChosenLanguage() {
        CliRun vi = CliRun.of("--data-dir", dataDir.toString(), "--lang", "vi", "sync", "status");
        CliRun en = CliRun.of("--data-dir", dataDir.toString(), "--lang", "en", "sync", "status");

        assertThat(vi.out()).contains("chờ gửi 0");
        assertThat(en.out()).contains("queued 0");
    }

    private void issueFails(String field) {
        CliRun run = CliRun.of(
                "--data-dir",
                dataDir.toString(),
                "invoice",
                "issue",
                "--input",
                work.resolve("order.json").toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(field);
    }

    private JsonNode issue(Path order) {
        CliRun run =
                CliRun.of("--data-dir", dataDir.toString(), "invoice", "issue", "--input", order.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        return run.json();
    }

    private List<JsonNode> list(String... filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "invoice", "list", "--json"));
        args.addAll(List.of(filters));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> invoices = new ArrayList<>();
        run.json().get("invoices").forEach(invoices::add);
        return invoices;
    }

    /** A documented command line with the test's own data directory, files and endpoint. */
    private String[] arguments(String line, String endpoint) {
        List<String> args = new ArrayList<>();
        List<String> words = List.of(line.strip().split("\\s+"));
        for (String word : words.subList(1, words.size())) {
            if (word.equals("./counter")) {
                args.add(dataDir.toString());
            } else if (word.startsWith("http://")) {
                args.add(endpoint);
            } else if (word.matches("[\\w.-]+\\.(json|xml|pdf|pem)")) {
                args.add(work.resolve(word).toString());
            } else {
                args.add(word);
            }
        }
        return args.toArray(String[]::new);
    }
}
