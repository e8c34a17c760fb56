package vn.counterdesk.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import vn.counterdesk.app.AppPaths;

/** Where a command finds the trust store: {@code --trust DIR}, else {@code <data-dir>/trust}. */
final class TrustStoreLocation {

    private TrustStoreLocation() {}

    static Path resolve(Optional<Path> trustOption, CommandSpec spec) {
        return trustOption
                .map(Path::toAbsolutePath)
                .orElseGet(() -> AppPaths.dataDirectory(dataDirOption(spec)).resolve("trust"));
    }

    /** The global {@code --data-dir}, given before or after the sub-command name. */
    private static Optional<Path> dataDirOption(CommandSpec spec) {
        for (CommandSpec current = spec; current != null; current = current.parent()) {
            OptionSpec option = current.findOption("--data-dir");
            if (option != null && option.getValue() != null) {
                return Optional.of(option.getValue());
            }
        }
        return Optional.empty();
    }
}
