package vn.counterdesk.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.counterdesk.card.auth.AuthenticationResults;
import vn.counterdesk.card.verify.Check;
import vn.counterdesk.card.verify.DataGroupResult;
import vn.counterdesk.card.verify.DocumentVerifier;
import vn.counterdesk.card.verify.LdsFiles;
import vn.counterdesk.card.verify.Verification;
import vn.counterdesk.card.verify.VerificationMessages;
import vn.counterdesk.card.verify.trust.TrustStore;

/** {@code verify-lds DIR}: passive authentication of LDS files saved in a folder. */
@Command(
        name = "verify-lds",
        mixinStandardHelpOptions = true,
        description = "Verify EF.SOD, EF.COM and data-group files in a folder (passive authentication).")
public final class VerifyLdsCommand implements Callable<Integer> {

    private static final List<String> SOD_NAMES = List.of("EF.SOD", "EF_SOD.bin", "SOD", "EF_SOD", "SOD.bin");
    private static final List<String> COM_NAMES = List.of("EF.COM", "EF_COM.bin", "COM", "EF_COM", "COM.bin");
    private static final List<String> DG_PATTERNS =
            List.of("DG%d", "DG%d.bin", "Datagroup%d.bin", "EF_DG%d.bin", "EF.DG%d", "EF_DG%d");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder with EF_SOD.bin, EF_COM.bin, DG1.bin, ...")
    Path directory;

    @Mixin
    TrustOption trust;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(directory)) {
            err.println("DIR: " + directory + " is not a folder");
            return ExitCode.BAD_INPUT;
        }
        LdsFiles files;
        try {
            files = readFolder(directory);
        } catch (UnreadableFile e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        Optional<TrustStore> store = trust.open(err);
        if (store.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        Verification verification = new DocumentVerifier(store.get(), Clock.systemUTC())
                .verify(
                        files,
                        DocumentVerifier.factsFromDg1(files.dataGroup(1)),
                        AuthenticationResults.notRun("files only: no chip to challenge"));
        out.println(json ? Json.write(toJson(verification)) : toText(verification));
        return verification.verdict().isFailure() ? ExitCode.VERIFICATION_FAILED : ExitCode.SUCCESS;
    }

    static ObjectNode toJson(Verification verification) {
        ObjectNode root = Json.object();
        ObjectNode result = root.putObject("verification");
        result.put("verdict", verification.verdict().name());
        ArrayNode checks = result.putArray("checks");
        for (Check check : verification.checks()) {
            checks.addObject()
                    .put("name", check.name().externalName())
                    .put("status", check.status().name())
                    .put("detail", VerificationMessages.render(check, Locale.ENGLISH));
        }
        ArrayNode dataGroups = root.putArray("dataGroups");
        for (DataGroupResult dataGroup : verification.dataGroups()) {
            dataGroups.addObject().put("number", dataGroup.number()).put("hashMatch", dataGroup.hashMatch());
        }
        return root;
    }

    private static String toText(Verification verification) {
        StringBuilder text =
                new StringBuilder("Verdict: ").append(verification.verdict()).append('\n');
        for (Check check : verification.checks()) {
            text.append(String.format(
                    "  %-15s %-8s %s%n",
                    check.name().externalName(),
                    check.status(),
                    VerificationMessages.render(check, Locale.getDefault())));
        }
        for (DataGroupResult dataGroup : verification.dataGroups()) {
            text.append(String.format("  DG%-3d %s%n", dataGroup.number(), dataGroup.status()));
        }
        return text.toString().stripTrailing();
    }

    private static LdsFiles readFolder(Path folder) throws UnreadableFile {
        Map<String, Path> byName = new HashMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isRegularFile)
                    .forEach(file -> byName.put(file.getFileName().toString().toLowerCase(Locale.ROOT), file));
        } catch (IOException e) {
            throw new UnreadableFile("DIR: cannot list " + folder);
        }
        TreeMap<Integer, byte[]> dataGroups = new TreeMap<>();
        for (int number = 1; number <= 16; number++) {
            int n = number;
            Optional<byte[]> dataGroup = read(
                    byName, DG_PATTERNS.stream().map(p -> String.format(p, n)).toList());
            dataGroup.ifPresent(bytes -> dataGroups.put(n, bytes));
        }
        return new LdsFiles(read(byName, COM_NAMES), read(byName, SOD_NAMES), dataGroups);
    }

    private static Optional<byte[]> read(Map<String, Path> byName, List<String> candidates) throws UnreadableFile {
        for (String candidate : candidates) {
            Path file = byName.get(candidate.toLowerCase(Locale.ROOT));
            if (file != null) {
                try {
                    return Optional.of(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UnreadableFile(file.getFileName() + ": cannot be read");
                }
            }
        }
        return Optional.empty();
    }

    /** A file in DIR exists but cannot be read; the message names it. */
    private static final class UnreadableFile extends Exception {
        UnreadableFile(String message) {
            super(message);
        }
    }
}
