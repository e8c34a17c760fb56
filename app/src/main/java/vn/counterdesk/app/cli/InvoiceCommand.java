package vn.counterdesk.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code counterdesk invoice …}: e-invoice commands. Sub-commands register themselves in the list below. */
@Command(
        name = "invoice",
        mixinStandardHelpOptions = true,
        description = "E-invoices (format 2.1.0): verify, and more.",
        subcommands = {InvoiceVerifyCommand.class, InvoiceRenderCommand.class})
public final class InvoiceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
