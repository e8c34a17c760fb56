package vn.counterdesk.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.counterdesk.app.AppPaths;
import vn.counterdesk.app.CounterDeskCommand;
import vn.counterdesk.sync.connector.Credentials;
import vn.counterdesk.sync.connector.HttpConnectorConfig;
import vn.counterdesk.sync.connector.HttpUpstreamConnector;
import vn.counterdesk.sync.connector.TrustMaterial;
import vn.counterdesk.sync.engine.CycleReport;
import vn.counterdesk.sync.engine.SqliteSyncQueue;
import vn.counterdesk.sync.engine.SyncEngine;
import vn.counterdesk.sync.engine.SyncSettings;
import vn.counterdesk.sync.engine.SyncStatusReport;
import vn.counterdesk.sync.tdiep.Envelopes;
import vn.counterdesk.sync.tdiep.PartyCode;
import vn.counterdesk.sync.verify.XmlDsigCqtVerifier;

/**
 * {@code counterdesk sync run [--once]} drains the outbox to the T-VAN; {@code sync status [--json]}
 * prints the counts. Exit 6 when the upstream cannot be reached. The outbox is {@code sync.db} in the
 * data directory (until the store's outbox replaces it).
 */
@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = "Send queued invoices upstream and show the sync state.",
        subcommands = {SyncCommand.Run.class, SyncCommand.Status.class})
public final class SyncCommand implements Runnable {

    static final String DATABASE = "sync.db";

    @ParentCommand
    CounterDeskCommand root;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    Path database() throws IOException {
        Path dir = AppPaths.dataDirectory(root == null ? Optional.empty() : root.dataDirOption());
        Files.createDirectories(dir);
        return dir.resolve(DATABASE);
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Drain the outbox (until idle with --once).")
    static final class Run implements Callable<Integer> {

        @ParentCommand
        SyncCommand sync;

        @Option(
                names = "--endpoint",
                required = true,
                paramLabel = "URL",
                description = "T-VAN endpoint (http or https).")
        URI endpoint;

        @Option(
                names = "--cqt-cert",
                required = true,
                paramLabel = "FILE",
                description = "Tax-authority signing certificate(s), PEM or DER: 202 answers must verify against them.")
        Path taxAuthorityCertificates;

        @Option(
                names = "--tvan-ca",
                paramLabel = "FILE",
                description = "CA certificate(s) to trust for the T-VAN's TLS.")
        Optional<Path> tvanCa;

        @Option(
                names = "--token-file",
                paramLabel = "FILE",
                description = "File holding the bearer token (kept off the command line and out of logs).")
        Optional<Path> tokenFile;

        @Option(
                names = "--sender",
                paramLabel = "CODE",
                defaultValue = "0100000000",
                description = "MNGui: the solution provider's tax code. Default: ${DEFAULT-VALUE}.")
        String sender;

        @Option(
                names = "--receiver",
                paramLabel = "CODE",
                defaultValue = "V0100000000",
                description = "MNNhan: the T-VAN's code. Default: ${DEFAULT-VALUE}.")
        String receiver;

        @Option(names = "--once", description = "Run until nothing is left to do now, then exit.")
        boolean once;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            HttpConnectorConfig config;
            XmlDsigCqtVerifier verifier;
            try {
                config = connectorConfig();
                verifier = new XmlDsigCqtVerifier(TrustMaterial.readCertificates(taxAuthorityCertificates));
            } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                System.err.println("sync: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            try (SqliteSyncQueue queue = SqliteSyncQueue.open(sync.database());
                    SyncEngine engine = new SyncEngine(
                            queue,
                            new HttpUpstreamConnector(config),
                            verifier,
                            new Envelopes(new PartyCode(sender), new PartyCode(receiver)),
                            SyncSettings.defaults(),
                            Clock.systemUTC(),
                            new SplittableRandom())) {
                if (once) {
                    CycleReport report = engine.runUntilIdle();
                    SyncStatusReport status = engine.status();
                    print(status, json);
                    if (!report.upstreamReached()) {
                        System.err.println("sync: upstream unreachable at " + endpoint);
                        return ExitCode.UPSTREAM_UNREACHABLE;
                    }
                    return ExitCode.SUCCESS;
                }
                engine.start();
                while (true) {
                    Thread.sleep(Duration.ofSeconds(10));
                    print(engine.status(), json);
                }
            }
        }

        private HttpConnectorConfig connectorConfig() throws IOException, GeneralSecurityException {
            HttpConnectorConfig config = HttpConnectorConfig.of(endpoint);
            if (tvanCa.isPresent()) {
                config = config.withTls(TrustMaterial.tlsTrusting(TrustMaterial.readCertificates(tvanCa.get())));
            }
            if (tokenFile.isPresent()) {
                String token = Files.readString(tokenFile.get(), StandardCharsets.UTF_8)
                        .strip();
                config = config.withCredentials(new Credentials.Bearer(token));
            }
            return config;
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = "Show how many invoices are in each state.")
    static final class Status implements Callable<Integer> {

        @ParentCommand
        SyncCommand sync;

        @Option(names = "--json", description = "Print JSON: queued, sent, coded, rejected, failing, ….")
        boolean json;

        @Option(
                names = "--alarm-hours",
                defaultValue = "12",
                paramLabel = "N",
                description =
                        "Raise the alarm when an invoice is unsynced for more than N hours. Default: ${DEFAULT-VALUE}.")
        long alarmHours;

        @Override
        public Integer call() throws IOException {
            try (SqliteSyncQueue queue = SqliteSyncQueue.open(sync.database())) {
                print(
                        SyncStatusReport.of(
                                queue.counts(), Instant.now(), Duration.ofHours(alarmHours), Optional.empty(), 0),
                        json);
            }
            return ExitCode.SUCCESS;
        }
    }

    static void print(SyncStatusReport status, boolean json) {
        if (json) {
            ObjectNode out = Json.object()
                    .put("queued", status.queued())
                    .put("sent", status.sent())
                    .put("coded", status.coded())
                    .put("rejected", status.rejected())
                    .put("failing", status.failing())
                    .put("alarm", status.alarm());
            status.oldestUnsyncedAge().ifPresent(age -> out.put("oldestUnsyncedHours", age.toHours()));
            status.upstream().ifPresent(state -> out.put("upstream", state.name()));
            System.out.println(Json.write(out));
            return;
        }
        System.out.printf(
                "queued %d · sent %d · coded %d · rejected %d · failing %d%s%n",
                status.queued(),
                status.sent(),
                status.coded(),
                status.rejected(),
                status.failing(),
                status.alarm()
                        ? " · ALARM: not synced for "
                                + status.oldestUnsyncedAge().orElseThrow().toHours() + " h"
                        : "");
    }
}
