package vn.counterdesk.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import vn.counterdesk.app.AppPaths;
import vn.counterdesk.app.CounterDeskCommand;

/** The global {@code --data-dir} as seen from any sub-command, however deep. */
final class DataDirectory {

    private DataDirectory() {}

    static Path of(CommandSpec spec) {
        CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        Optional<Path> option =
                root.userObject() instanceof CounterDeskCommand command ? command.dataDirOption() : Optional.empty();
        return AppPaths.dataDirectory(option);
    }
}
