package vn.counterdesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import vn.counterdesk.card.verify.trust.TrustStore;
import vn.counterdesk.card.verify.trust.TrustStoreException;

/**
 * {@code --trust DIR}, the CSCA trust store a command verifies against or manages: one option with one meaning and
 * one error for {@code read}, {@code verify-lds} and {@code trust}. Inherited, so that {@code trust --trust D list}
 * and {@code trust list --trust D} are the same.
 */
final class TrustOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--trust",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Trust store folder (created if missing). Default: <data-dir>/trust.")
    Optional<Path> trust = Optional.empty();

    /**
     * The trust store, or empty after telling {@code err} why not (the command then exits {@link
     * ExitCode#BAD_INPUT}: the folder is the user's choice, directly or through {@code --data-dir}).
     */
    Optional<TrustStore> open(PrintWriter err) {
        Path location = TrustStoreLocation.resolve(trust, command);
        if (Files.exists(location) && !Files.isDirectory(location)) {
            err.println("--trust: " + location + " is not a folder");
            return Optional.empty();
        }
        try {
            return Optional.of(TrustStore.open(location));
        } catch (TrustStoreException e) {
            err.println("--trust: " + e.getMessage());
            return Optional.empty();
        }
    }
}
