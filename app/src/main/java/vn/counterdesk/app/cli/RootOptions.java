package vn.counterdesk.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import picocli.CommandLine.Model.CommandSpec;
import vn.counterdesk.app.AppPaths;
import vn.counterdesk.app.CounterDeskCommand;
import vn.counterdesk.app.Messages;

/** The global options ({@code --data-dir}, {@code --lang}) as seen from any sub-command, however deep. */
final class RootOptions {

    private RootOptions() {}

    static Path dataDirectory(CommandSpec spec) {
        return AppPaths.dataDirectory(root(spec).flatMap(CounterDeskCommand::dataDirOption));
    }

    /** Human output text in the chosen language. */
    static ResourceBundle text(CommandSpec spec) {
        return Messages.bundle(root(spec).map(CounterDeskCommand::locale).orElse(Locale.getDefault()));
    }

    private static Optional<CounterDeskCommand> root(CommandSpec spec) {
        CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        return root.userObject() instanceof CounterDeskCommand command ? Optional.of(command) : Optional.empty();
    }
}
