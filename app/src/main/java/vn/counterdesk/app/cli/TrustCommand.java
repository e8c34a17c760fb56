package vn.counterdesk.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.counterdesk.card.verify.trust.ImportReport;
import vn.counterdesk.card.verify.trust.MasterListSignature;
import vn.counterdesk.card.verify.trust.TrustAnchor;
import vn.counterdesk.card.verify.trust.TrustStore;
import vn.counterdesk.card.verify.trust.TrustStoreException;

/** {@code trust import|list|remove}: the CSCA trust store. */
@Command(
        name = "trust",
        mixinStandardHelpOptions = true,
        description = "Manage the CSCA trust store (certificates, CRLs, master lists).",
        subcommands = {TrustCommand.Import.class, TrustCommand.ListAnchors.class, TrustCommand.Remove.class})
public final class TrustCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    TrustOption trust;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Optional<TrustStore> open(PrintWriter err) {
        return trust.open(err);
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Import a CSCA certificate (PEM/DER), a CRL or a signed CSCA master list.")
    static final class Import implements Callable<Integer> {

        @ParentCommand
        TrustCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(
                names = "--accept-unverified-master-list",
                description = "Import a master list even if its signer does not chain to a known root.")
        boolean acceptUnverified;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                err.println("FILE: " + file + " is not a file");
                return ExitCode.BAD_INPUT;
            }
            Optional<TrustStore> store = parent.open(err);
            if (store.isEmpty()) {
                return ExitCode.BAD_INPUT;
            }
            ImportReport report;
            try {
                report = store.get().importFile(file, acceptUnverified);
            } catch (TrustStoreException e) {
                err.println("FILE: " + file.getFileName() + ": " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            out.println(json ? Json.write(toJson(report)) : toText(report));
            return report.imported() ? ExitCode.SUCCESS : ExitCode.VERIFICATION_FAILED;
        }

        private static ObjectNode toJson(ImportReport report) {
            ObjectNode root = Json.object();
            root.put("kind", report.kind().name());
            root.put("imported", report.imported());
            root.put("certificatesFound", report.certificatesFound());
            root.put("alreadyPresent", report.alreadyPresent());
            root.put("crlsAdded", report.crlsAdded());
            report.masterList().ifPresent(signature -> {
                ObjectNode list = root.putObject("masterList");
                list.put("signer", signature.signer());
                list.put("signatureValid", signature.signatureValid());
                list.put("signerChain", signature.chain().name());
                signature.root().ifPresent(r -> list.put("root", r));
                signature.signingTime().ifPresent(t -> list.put("signingTime", t.toString()));
                list.put("verified", signature.verified());
            });
            ArrayNode added = root.putArray("certificates");
            report.added().forEach(anchor -> ListAnchors.describe(added.addObject(), anchor));
            return root;
        }

        private static String toText(ImportReport report) {
            StringBuilder text = new StringBuilder();
            report.masterList()
                    .ifPresent(signature -> text.append(describe(signature)).append('\n'));
            if (!report.imported()) {
                return text.append("Not imported: the master list is not verified"
                                + " (use --accept-unverified-master-list to import it anyway).")
                        .toString();
            }
            text.append(String.format(
                    "Imported %d new certificate(s) of %d (%d already present), %d CRL(s).",
                    report.added().size(), report.certificatesFound(), report.alreadyPresent(), report.crlsAdded()));
            report.added().stream()
                    .limit(20)
                    .forEach(anchor -> text.append("\n  ")
                            .append(anchor.country().orElse("??"))
                            .append("  ")
                            .append(anchor.subject()));
            if (report.added().size() > 20) {
                text.append("\n  ... (").append(report.added().size() - 20).append(" more)");
            }
            return text.toString();
        }

        private static String describe(MasterListSignature signature) {
            return "Master list signed by " + signature.signer()
                    + signature.signingTime().map(t -> " at " + t).orElse("")
                    + (signature.signatureValid() ? "; signature valid" : "; signature INVALID")
                    + switch (signature.chain()) {
                        case PINNED_ROOT ->
                            "; signer issued by pinned root " + signature.root().orElse("?");
                        case TRUST_STORE ->
                            "; signer issued by trusted CSCA "
                                    + signature.root().orElse("?");
                        case UNKNOWN_ROOT -> "; signer NOT issued by any known root";
                        case INVALID -> "; signer certificate does NOT verify with its named root";
                    };
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the trusted CSCA certificates.")
    static final class ListAnchors implements Callable<Integer> {

        @ParentCommand
        TrustCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Optional<TrustStore> opened = parent.open(spec.commandLine().getErr());
            if (opened.isEmpty()) {
                return ExitCode.BAD_INPUT;
            }
            TrustStore store = opened.get();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode root = Json.object();
                ArrayNode certificates = root.putArray("certificates");
                store.anchors().forEach(anchor -> describe(certificates.addObject(), anchor));
                out.println(Json.write(root));
            } else {
                java.time.Instant now = java.time.Instant.now();
                for (TrustAnchor anchor : store.anchors()) {
                    out.printf(
                            "%s  %-2s  %s  %s%s%n",
                            anchor.sha256().substring(0, 16),
                            anchor.country().orElse("??"),
                            anchor.notAfter(),
                            anchor.subject(),
                            anchor.isExpiredAt(now) ? "  (EXPIRED)" : "");
                }
            }
            return ExitCode.SUCCESS;
        }

        static void describe(ObjectNode node, TrustAnchor anchor) {
            node.put("subject", anchor.subject());
            anchor.country().ifPresent(country -> node.put("country", country));
            node.put("notAfter", anchor.notAfter().toString());
            node.put("sha256", anchor.sha256());
        }
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Remove an imported certificate by its SHA-256 (or a unique prefix).")
    static final class Remove implements Callable<Integer> {

        @ParentCommand
        TrustCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "SHA256")
        String sha256;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Optional<TrustStore> store = parent.open(err);
            if (store.isEmpty()) {
                return ExitCode.BAD_INPUT;
            }
            try {
                TrustStore.Removal removal = store.get().remove(sha256);
                return switch (removal) {
                    case REMOVED -> {
                        out.println("Removed " + sha256);
                        yield ExitCode.SUCCESS;
                    }
                    case NOT_FOUND -> {
                        err.println("SHA256: no certificate " + sha256);
                        yield ExitCode.BAD_INPUT;
                    }
                    case AMBIGUOUS -> {
                        err.println("SHA256: " + sha256 + " matches several certificates");
                        yield ExitCode.BAD_INPUT;
                    }
                    case BUILT_IN -> {
                        err.println("SHA256: " + sha256 + " is a built-in anchor and cannot be removed");
                        yield ExitCode.BAD_INPUT;
                    }
                };
            } catch (TrustStoreException e) {
                err.println("--trust: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
    }
}
