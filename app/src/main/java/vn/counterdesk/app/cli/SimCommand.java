package vn.counterdesk.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code counterdesk sim …}: simulators for trying CounterDesk without hardware or network. */
@Command(
        name = "sim",
        mixinStandardHelpOptions = true,
        description = "Simulators: a virtual chip ID card in the PC/SC reader (and later the upstream).",
        subcommands = {SimCardCommand.class, SimUpstreamCommand.class})
public final class SimCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
