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
        return new CommandLine(new CounterDeskCommand()).execute(args);
    }
}
