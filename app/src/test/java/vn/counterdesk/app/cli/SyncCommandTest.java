package vn.counterdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.counterdesk.app.Main;
import vn.counterdesk.sync.engine.SqliteSyncQueue;
import vn.counterdesk.testkit.upstream.FaultPlan;
import vn.counterdesk.testkit.upstream.SampleInvoices;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;
import vn.counterdesk.testkit.upstream.UpstreamSimulator;

class SyncCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void runOnceCodesTheOutboxAndStatusReportsItAsJson() throws Exception {
        TestTaxAuthority cqt = TestTaxAuthority.shared();
        Path certificate = dataDir.resolve("cqt.pem");
        cqt.writeCertificatePem(certificate);
        try (SqliteSyncQueue queue = SqliteSyncQueue.open(dataDir.resolve("sync.db"))) {
            LocalDate date = LocalDate.of(2026, 11, 27);
            queue.addIssued("a", SampleInvoices.SELLER_TAX_CODE, SampleInvoices.valid(1, date), Instant.now());
            queue.addIssued("b", SampleInvoices.SELLER_TAX_CODE, SampleInvoices.withWrongTotal(2, date), Instant.now());
        }
        try (UpstreamSimulator sim = UpstreamSimulator.start(0, cqt, FaultPlan.none())) {
            int exit = Main.run(new String[] {
                "--data-dir",
                dataDir.toString(),
                "sync",
                "run",
                "--once",
                "--endpoint",
                sim.endpoint().toString(),
                "--cqt-cert",
                certificate.toString()
            });
            assertThat(exit).isEqualTo(ExitCode.SUCCESS);
        }

        JsonNode status = Json.mapper().readTree(capture("--data-dir", dataDir.toString(), "sync", "status", "--json"));

        assertThat(status.get("queued").asLong()).isZero();
        assertThat(status.get("sent").asLong()).isZero();
        assertThat(status.get("coded").asLong()).isEqualTo(1);
        assertThat(status.get("rejected").asLong()).isEqualTo(1);
        assertThat(status.get("failing").asLong()).isZero();
        assertThat(status.get("alarm").asBoolean()).isFalse();
    }

    @Test
    void runOnceExitsSixWhenTheUpstreamIsUnreachable() throws Exception {
        Path certificate = dataDir.resolve("cqt.pem");
        TestTaxAuthority.shared().writeCertificatePem(certificate);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        int exit = Main.run(new String[] {
            "--data-dir",
            dataDir.toString(),
            "sync",
            "run",
            "--once",
            "--endpoint",
            "http://127.0.0.1:" + closedPort + "/",
            "--cqt-cert",
            certificate.toString()
        });

        assertThat(exit).isEqualTo(ExitCode.UPSTREAM_UNREACHABLE);
    }

    @Test
    void runRefusesAMissingTaxAuthorityCertificateAsBadInput() {
        int exit = Main.run(new String[] {
            "--data-dir",
            dataDir.toString(),
            "sync",
            "run",
            "--once",
            "--endpoint",
            "http://127.0.0.1:9/",
            "--cqt-cert",
            dataDir.resolve("absent.pem").toString()
        });

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void simUpstreamRefusesAnUnknownFault() {
        int exit = new picocli.CommandLine(new SimUpstreamCommand()).execute("--port", "0", "--fault", "gremlins");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
    }

    private static String capture(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
