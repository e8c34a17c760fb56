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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.counterdesk.app.CounterDeskCommand;
import vn.counterdesk.app.config.BadInput;
import vn.counterdesk.app.config.CounterSettings;
import vn.counterdesk.app.config.StoreAccess;
import vn.counterdesk.store.CounterStore;
import vn.counterdesk.sync.connector.Credentials;
import vn.counterdesk.sync.connector.HttpConnectorConfig;
import vn.counterdesk.sync.connector.HttpUpstreamConnector;
import vn.counterdesk.sync.connector.TrustMaterial;
import vn.counterdesk.sync.engine.CycleReport;
import vn.counterdesk.sync.engine.SyncEngine;
import vn.counterdesk.sync.engine.SyncSettings;
import vn.counterdesk.sync.engine.SyncStatusReport;
import vn.counterdesk.sync.store.StoreSyncQueue;
import vn.counterdesk.sync.tdiep.Envelopes;
import vn.counterdesk.sync.tdiep.PartyCode;
import vn.counterdesk.sync.verify.InvoiceCqtVerifier;

/**
 * {@code counterdesk sync run [--once]} drains the outbox to the T-VAN; {@code sync status [--json]}
 * prints the counts. Exit 6 when the upstream cannot be reached. The outbox is the store's (the database in
 * the data directory, opened with {@code settings.json}).
 */
@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = "Send queued invoices upstream and show the sync state.",
        subcommands = {SyncCommand.Run.class, SyncCommand.Status.class})
public final class SyncCommand implements Runnable {

    @ParentCommand
    CounterDeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The store and the settings it was opened with. */
    record Opened(CounterStore store, CounterSettings settings) implements AutoCloseable {
        StoreSyncQueue queue() {
            var parties = settings.sync();
            return new StoreSyncQueue(
                    store,
                    new Envelopes(new PartyCode(parties.sender()), new PartyCode(parties.receiver())),
                    settings.seller().taxCode());
        }

        @Override
        public void close() {
            store.close();
        }
    }

    Opened open() throws BadInput {
        Path dir = RootOptions.dataDirectory(spec);
        CounterSettings settings = CounterSettings.load(dir);
        return new Opened(StoreAccess.open(dir, settings, System.getenv()), settings);
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

        @Option(names = "--once", description = "Run until nothing is left to do now, then exit.")
        boolean once;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            HttpConnectorConfig config;
            InvoiceCqtVerifier verifier;
            try {
                config = connectorConfig();
                verifier = new InvoiceCqtVerifier(
                        TrustMaterial.readCertificates(taxAuthorityCertificates), Clock.systemUTC());
            } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                sync.spec.commandLine().getErr().println("sync: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            Opened opened;
            try {
                opened = sync.open();
            } catch (BadInput e) {
                sync.spec.commandLine().getErr().println("sync: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            var parties = opened.settings().sync();
            var envelopes = new Envelopes(new PartyCode(parties.sender()), new PartyCode(parties.receiver()));
            try (opened;
                    SyncEngine engine = new SyncEngine(
                            opened.queue(),
                            new HttpUpstreamConnector(config),
                            verifier,
                            envelopes,
                            SyncSettings.defaults(),
                            Clock.systemUTC(),
                            new SplittableRandom())) {
                if (once) {
                    CycleReport report = engine.runUntilIdle();
                    SyncStatusReport status = engine.status();
                    sync.print(status, json);
                    if (!report.upstreamReached()) {
                        sync.spec
                                .commandLine()
                                .getErr()
                                .println("sync: "
                                        + RootOptions.text(sync.spec)
                                                .getString("cli.sync.unreachable")
                                                .formatted(endpoint));
                        return ExitCode.UPSTREAM_UNREACHABLE;
                    }
                    return ExitCode.SUCCESS;
                }
                engine.start();
                while (true) {
                    Thread.sleep(Duration.ofSeconds(10));
                    sync.print(engine.status(), json);
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
            try (Opened opened = sync.open()) {
                var queue = opened.queue();
                sync.print(
                        SyncStatusReport.of(
                                queue.counts(), Instant.now(), Duration.ofHours(alarmHours), Optional.empty(), 0),
                        json);
            } catch (BadInput e) {
                sync.spec.commandLine().getErr().println("sync: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            return ExitCode.SUCCESS;
        }
    }

    /** Prints the status in the contract's JSON or as one line of human text in the chosen language. */
    void print(SyncStatusReport status, boolean json) {
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectNode result = Json.object()
                    .put("queued", status.queued())
                    .put("sent", status.sent())
                    .put("coded", status.coded())
                    .put("rejected", status.rejected())
                    .put("failing", status.failing())
                    .put("alarm", status.alarm());
            status.oldestUnsyncedAge().ifPresent(age -> result.put("oldestUnsyncedHours", age.toHours()));
            status.upstream().ifPresent(state -> result.put("upstream", state.name()));
            out.println(Json.write(result));
        } else {
            var text = RootOptions.text(spec);
            out.println(text.getString("cli.sync.status")
                    .formatted(status.queued(), status.sent(), status.coded(), status.rejected(), status.failing()));
            if (status.alarm()) {
                out.println(text.getString("cli.sync.alarm")
                        .formatted(status.oldestUnsyncedAge().orElseThrow().toHours()));
            }
        }
        out.flush();
    }
}
