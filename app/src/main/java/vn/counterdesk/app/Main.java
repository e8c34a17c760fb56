package vn.counterdesk.app;

import picocli.CommandLine;

/**
 * Entry point of the {@code counterdesk} launcher. Deliberately not a JavaFX {@code Application}:
 * the JavaFX runtime starts only for commands that open a window, so the CLI works headless.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        CounterDeskCommand root = new CounterDeskCommand();
        return new CommandLine(root)
                .setExecutionExceptionHandler(
                        (exception, commandLine, parseResult) -> unexpected(exception, commandLine, root))
                .execute(args);
    }

    /**
     * Exit 1 with one line on stderr. Only the exception's type is shown and logged: a message or stack trace could
     * carry personal data (a name in an XML fragment, an ID number in a SQL value).
     */
    private static int unexpected(Exception exception, CommandLine commandLine, CounterDeskCommand root) {
        String type = exception.getClass().getName();
        System.getLogger(Main.class.getName()).log(System.Logger.Level.ERROR, "command failed: {0}", type);
        commandLine
                .getErr()
                .println(commandLine.getCommandName() + ": "
                        + Messages.bundle(root.locale())
                                .getString("cli.error.unexpected")
                                .formatted(type));
        return vn.counterdesk.app.cli.ExitCode.UNEXPECTED_ERROR;
    }
}
