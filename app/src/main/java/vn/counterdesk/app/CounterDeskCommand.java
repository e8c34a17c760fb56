package vn.counterdesk.app;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
            vn.counterdesk.app.cli.InvoiceCommand.class,
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

    @Option(
            names = "--lang",
            paramLabel = "vi|en",
            scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Language of human output. Default: the system locale (Vietnamese for vi, else English).")
    String lang;

    /** The language chosen with {@code --lang}, else the system locale. */
    public java.util.Locale locale() {
        return lang == null ? java.util.Locale.getDefault() : java.util.Locale.forLanguageTag(lang);
    }

    /** Without a sub-command: the counter itself, on the data directory (set-up first when nothing is there). */
    @Override
    public void run() {
        javafx.application.Application.launch(
                CounterDeskApplication.class,
                "--data-dir=" + AppPaths.dataDirectory(dataDir()),
                "--lang=" + locale().getLanguage());
    }

    Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    /** The {@code --data-dir} option for sub-commands in other packages. */
    public Optional<Path> dataDirOption() {
        return dataDir();
    }
}
