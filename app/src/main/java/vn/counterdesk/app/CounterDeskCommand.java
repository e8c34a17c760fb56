package vn.counterdesk.app;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.counterdesk.app.cli.InvoiceCommand;

/** The root command: global options and the list of sub-commands. */
@Command(
        name = "counterdesk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Chip ID cards and e-invoices at the counter.",
        subcommands = {
            DemoCommand.class,
            vn.counterdesk.app.cli.ReadersCommand.class,
            vn.counterdesk.app.cli.ReadCommand.class,
            vn.counterdesk.app.cli.VerifyLdsCommand.class,
            vn.counterdesk.app.cli.TrustCommand.class,
            InvoiceCommand.class,
            vn.counterdesk.app.cli.SyncCommand.class,
            vn.counterdesk.app.cli.SimCommand.class,
            vn.counterdesk.app.cli.DoctorCommand.class,
        })
public final class CounterDeskCommand implements Runnable {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Data directory (database, trust store, settings). Default: the OS's per-user location.")
    Path dataDir;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    /** The {@code --data-dir} option for sub-commands in other packages. */
    public Optional<Path> dataDirOption() {
        return dataDir();
    }
}
