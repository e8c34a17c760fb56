package vn.counterdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invoices and sync through the real launcher, each command a child process: a counter configured with the
 * documented {@code settings.json} and a keytool-made PKCS#12 key issues, renders, lists and verifies invoices, and
 * sends them to {@code sim upstream}, itself started through the launcher. Exit codes 0, 1, 2, 5 and 6.
 */
class LauncherInvoiceSyncIT {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    @TempDir
    Path work;

    private Path dataDir;

    @BeforeEach
    void configureCounter() throws Exception {
        dataDir = ConfiguredCounter.create(work.resolve("counter"));
        Files.writeString(work.resolve("order.json"), DocExamples.get("order.json"));
    }

    @Test
    void issueRenderListAndVerifyAndAForgedTotalIsExitFive() throws Exception {
        Path xml = work.resolve("inv-1.xml");
        Launcher.Result issued = counter(
                "invoice",
                "issue",
                "--input",
                work.resolve("order.json").toString(),
                "--out-xml",
                xml.toString(),
                "--json");
        assertThat(issued.exit()).as(issued.describe()).isZero();
        JsonNode invoice = issued.json();
        assertThat(invoice.get("invoiceId").asText()).isNotBlank();
        assertThat(invoice.get("form").asText()).isEqualTo("1");
        assertThat(invoice.get("symbol").asText()).isEqualTo("C26TAA");
        assertThat(invoice.get("number").asLong()).isEqualTo(1);
        assertThat(invoice.get("date").asText()).isEqualTo("2026-11-27");
        assertThat(invoice.get("totalPayable").decimalValue()).isEqualByComparingTo("114000");
        assertThat(invoice.get("status").asText()).isEqualTo("QUEUED");
        assertThat(invoice.get("messageId").asText()).startsWith("0100000000");
        assertThat(Path.of(invoice.get("xml").asText())).isEqualTo(xml.toAbsolutePath());

        Path pdf = work.resolve("inv-1.pdf");
        Launcher.Result rendered = Launcher.run("invoice", "render", xml.toString(), "--pdf", pdf.toString(), "--json");
        assertThat(rendered.exit()).as(rendered.describe()).isZero();
        assertThat(rendered.json().get("pages").asInt()).isPositive();
        assertThat(rendered.json().get("layout").asText()).isNotBlank();
        assertThat(rendered.json().get("attachment").asText()).endsWith(".xml");
        assertThat(rendered.json().get("sellerSignature").asText()).isEqualTo("VALID");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));

        Launcher.Result listed = counter("invoice", "list", "--buyer-id", "001099012345", "--json");
        assertThat(listed.exit()).as(listed.describe()).isZero();
        JsonNode row = listed.json().get("invoices").get(0);
        assertThat(row.get("number").asLong()).isEqualTo(1);
        assertThat(row.get("sellerTaxCode").asText()).isEqualTo("0100000001");
        assertThat(row.get("buyerIdNumber").asText()).isEqualTo("001099012345");
        assertThat(row.get("buyerName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(row.get("status").asText()).isEqualTo("QUEUED");
        assertThat(row.get("totalBeforeTax").decimalValue()).isEqualByComparingTo("106000");
        assertThat(row.get("totalTax").decimalValue()).isEqualByComparingTo("8000");
        assertThat(row.get("currency").asText()).isEqualTo("VND");

        Launcher.Result verified = Launcher.run("invoice", "verify", xml.toString(), "--json");
        assertThat(verified.exit()).as(verified.describe()).isZero();
        JsonNode facts = verified.json().get("invoice");
        assertThat(facts.get("sellerTaxCode").asText()).isEqualTo("0100000001");
        assertThat(facts.get("buyerIdNumber").asText()).isEqualTo("001099012345");
        assertThat(facts.get("totalPayable").decimalValue()).isEqualByComparingTo("114000");
        assertThat(facts.get("amountInWords").asText()).isNotBlank();
        JsonNode seller = verified.json().get("signatures").get(0);
        assertThat(seller.get("role").asText()).isEqualTo("seller");
        assertThat(seller.get("valid").asBoolean()).isTrue();
        assertThat(seller.get("signer").asText()).isEqualTo("Cong ty TNHH Dich vu Quay Mot");
        assertThat(verified.json().get("problems").findValuesAsText("severity")).doesNotContain("ERROR");

        Path forged = work.resolve("forged.xml");
        Files.writeString(
                forged,
                Files.readString(xml, StandardCharsets.UTF_8)
                        .replace("<TgTTTBSo>114000</TgTTTBSo>", "<TgTTTBSo>14000</TgTTTBSo>"));
        Launcher.Result rejected = Launcher.run("invoice", "verify", forged.toString(), "--json");
        assertThat(rejected.exit()).as(rejected.describe()).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(rejected.json().get("signatures").get(0).get("valid").asBoolean())
                .isFalse();

        Launcher.Result badOrder = counter(
                "invoice", "issue", "--input", work.resolve("absent.json").toString());
        assertThat(badOrder.exit()).as(badOrder.describe()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badOrder.err()).contains("--input");
    }

    @Test
    void syncRunCodesTheInvoiceAtTheSimulatorAndExitsSixOnceTheSimulatorIsStopped() throws Exception {
        issue(work.resolve("order.json"));
        Path cqt = work.resolve("cqt.pem");
        URI endpoint;
        try (Launcher.Background upstream =
                Launcher.start("sim", "upstream", "--port", "0", "--cqt-cert-out", cqt.toString())) {
            Matcher listening = LISTENING.matcher(upstream.awaitLine("listening on", Duration.ofMinutes(2)));
            assertThat(listening.find()).isTrue();
            endpoint = URI.create(listening.group(1));

            Launcher.Result before = counter("sync", "status", "--json");
            assertThat(before.exit()).as(before.describe()).isZero();
            assertThat(before.json().get("queued").asLong()).isEqualTo(1);

            Launcher.Result run = counter(
                    "sync", "run", "--once", "--endpoint", endpoint.toString(), "--cqt-cert", cqt.toString(), "--json");
            assertThat(run.exit()).as(run.describe()).isZero();
            JsonNode counts = run.json();
            for (String field : new String[] {"queued", "sent", "coded", "rejected", "failing"}) {
                assertThat(counts.has(field)).as(field).isTrue();
            }
            assertThat(counts.get("coded").asLong()).isEqualTo(1);
            assertThat(counts.get("queued").asLong()).isZero();

            assertThat(upstream.terminate()).as("SIGTERM ends the simulator").isNotZero();
            assertThat(upstream.isAlive()).isFalse();
        }
        try (ServerSocket reuse = new ServerSocket(endpoint.getPort())) {
            assertThat(reuse.isBound())
                    .as("the stopped simulator freed its port")
                    .isTrue();
        }

        Launcher.Result coded = counter("invoice", "list", "--json");
        assertThat(coded.json().get("invoices").get(0).get("status").asText()).isEqualTo("CODED");
        assertThat(coded.json().get("invoices").get(0).get("taxAuthorityCode").asText())
                .isNotBlank();

        Path second = work.resolve("second.json");
        Files.writeString(second, DocExamples.get("order.json").replace("001099012345", "079200000001"));
        issue(second);
        Launcher.Result unreachable = counter(
                "sync", "run", "--once", "--endpoint", endpoint.toString(), "--cqt-cert", cqt.toString(), "--json");
        assertThat(unreachable.exit()).as(unreachable.describe()).isEqualTo(ExitCode.UPSTREAM_UNREACHABLE);
        assertThat(unreachable.err()).contains("unreachable");
        Launcher.Result after = counter("sync", "status", "--json");
        assertThat(after.json().get("coded").asLong()).isEqualTo(1);
        assertThat(after.json().get("failing").asLong())
                .as("the second invoice waits for a retry")
                .isEqualTo(1);
    }

    @Test
    void simUpstreamRefusesABadPortWithExitTwo() throws Exception {
        Launcher.Result notANumber = Launcher.run("sim", "upstream", "--port", "eighty");
        assertThat(notANumber.exit()).as(notANumber.describe()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notANumber.err()).contains("--port");

        Launcher.Result outOfRange = Launcher.run("sim", "upstream", "--port", "70000");
        assertThat(outOfRange.exit()).as(outOfRange.describe()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(outOfRange.err()).contains("--port");

        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Launcher.Result inUse = Launcher.run("sim", "upstream", "--port", Integer.toString(taken.getLocalPort()));
            assertThat(inUse.exit()).as(inUse.describe()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(inUse.err()).contains("--port", "in use");
        }

        Launcher.Result badFault = Launcher.run("sim", "upstream", "--port", "0", "--fault", "gremlins");
        assertThat(badFault.exit()).as(badFault.describe()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badFault.err()).contains("--fault", "gremlins");
    }

    @Test
    void aDamagedDatabaseIsAnUnexpectedErrorWithExitOneAndNoStackTrace() throws Exception {
        Files.write(
                dataDir.resolve("counterdesk.db"),
                "this is not an SQLite database, just text".repeat(100).getBytes(StandardCharsets.US_ASCII));

        Launcher.Result status = counter("sync", "status", "--json");

        assertThat(status.exit()).as(status.describe()).isEqualTo(ExitCode.UNEXPECTED_ERROR);
        assertThat(status.out()).isEmpty();
        assertThat(status.err()).contains("unexpected error").doesNotContain("\tat ");
    }

    private void issue(Path order) throws Exception {
        Launcher.Result issued = counter("invoice", "issue", "--input", order.toString(), "--json");
        assertThat(issued.exit()).as(issued.describe()).isZero();
    }

    /** A command on this test's counter (its data directory). */
    private Launcher.Result counter(String... args) throws Exception {
        String[] withDataDir = new String[args.length + 2];
        withDataDir[0] = "--data-dir";
        withDataDir[1] = dataDir.toString();
        System.arraycopy(args, 0, withDataDir, 2, args.length);
        return Launcher.run(withDataDir);
    }
}
