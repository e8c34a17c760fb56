package vn.counterdesk.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.counterdesk.app.AppPaths;
import vn.counterdesk.card.verify.trust.TrustStore;
import vn.counterdesk.card.verify.trust.TrustStoreException;
import vn.counterdesk.pcsc.PcscReaders;
import vn.counterdesk.pcsc.ReaderSnapshot;

/**
 * Headless self-check for support staff and installers: Java runtime, PC/SC service and readers,
 * data directory writable, trust store present. Exit 0 when nothing failed, 3 when the PC/SC
 * service is down, 1 when the data directory or trust store is unusable.
 */
@Command(
        name = "doctor",
        mixinStandardHelpOptions = true,
        description = "Check the runtime, the PC/SC service and readers, the data directory and the trust store.")
public final class DoctorCommand implements Callable<Integer> {

    enum Status {
        OK,
        WARN,
        FAIL
    }

    record Finding(String name, Status status, String detail) {}

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public Integer call() {
        Path dataDir = AppPaths.dataDirectory(globalDataDir());
        List<Finding> findings = new ArrayList<>();
        findings.add(runtime());
        Finding pcsc = pcsc();
        findings.add(pcsc);
        findings.add(dataDirectory(dataDir));
        findings.add(trustStore(dataDir.resolve("trust")));

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            ArrayNode checks = root.putArray("checks");
            for (Finding f : findings) {
                checks.addObject()
                        .put("name", f.name())
                        .put("status", f.status().name())
                        .put("detail", f.detail());
            }
            root.put("ok", findings.stream().noneMatch(f -> f.status() == Status.FAIL));
            out.println(Json.write(root));
        } else {
            for (Finding f : findings) {
                out.printf("%-5s %-15s %s%n", f.status(), f.name(), f.detail());
            }
        }
        out.flush();
        if (pcsc.status() == Status.FAIL) {
            return ExitCode.NO_READER_OR_CARD;
        }
        return findings.stream().anyMatch(f -> f.status() == Status.FAIL)
                ? ExitCode.UNEXPECTED_ERROR
                : ExitCode.SUCCESS;
    }

    private static Finding runtime() {
        Runtime.Version version = Runtime.version();
        String vendor = System.getProperty("java.vendor", "unknown");
        Status status = version.feature() >= 25 ? Status.OK : Status.FAIL;
        return new Finding("java", status, "Java " + version + " (" + vendor + ")");
    }

    private static Finding pcsc() {
        return switch (PcscReaders.snapshot()) {
            case ReaderSnapshot.Available available
            when available.readers().isEmpty() ->
                new Finding("pcsc", Status.WARN, "service running, no reader connected");
            case ReaderSnapshot.Available available ->
                new Finding(
                        "pcsc",
                        Status.OK,
                        "service running; readers: "
                                + String.join(
                                        ", ",
                                        available.readers().stream()
                                                .map(r -> r.name() + (r.cardPresent() ? " (card)" : ""))
                                                .toList()));
            case ReaderSnapshot.Unavailable unavailable ->
                new Finding("pcsc", Status.FAIL, unavailable.problem().userMessage());
        };
    }

    private static Finding dataDirectory(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path probe = Files.createTempFile(dataDir, ".doctor-", ".tmp");
            Files.delete(probe);
            return new Finding("data-directory", Status.OK, dataDir + " is writable");
        } catch (IOException | SecurityException e) {
            return new Finding("data-directory", Status.FAIL, dataDir + " is not writable: " + e.getMessage());
        }
    }

    private static Finding trustStore(Path directory) {
        try {
            TrustStore store = TrustStore.open(directory);
            long imported = store.anchors().stream().filter(a -> !a.builtIn()).count();
            long builtIn = store.anchors().size() - imported;
            Status status = store.anchors().isEmpty() ? Status.FAIL : Status.OK;
            return new Finding(
                    "trust-store",
                    status,
                    directory + ": " + builtIn + " built-in and " + imported + " imported CSCA certificate(s)");
        } catch (TrustStoreException e) {
            return new Finding("trust-store", Status.FAIL, directory + ": " + e.getMessage());
        }
    }

    private Optional<Path> globalDataDir() {
        for (CommandSpec current = spec; current != null; current = current.parent()) {
            var option = current.findOption("--data-dir");
            if (option != null && option.getValue() != null) {
                return Optional.of(option.getValue());
            }
        }
        return Optional.empty();
    }
}
