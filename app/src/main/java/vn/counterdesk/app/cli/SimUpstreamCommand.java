package vn.counterdesk.app.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.counterdesk.testkit.upstream.Fault;
import vn.counterdesk.testkit.upstream.FaultPlan;
import vn.counterdesk.testkit.upstream.TestTaxAuthority;
import vn.counterdesk.testkit.upstream.UpstreamSimulator;

/**
 * {@code counterdesk sim upstream --port N [--fault NAME]…}: the T-VAN simulator on loopback, for
 * demos and manual tests. Its test tax-authority certificate is written to {@code --cqt-cert-out}
 * so that {@code sync run --cqt-cert} can trust it.
 */
@Command(
        name = "upstream",
        mixinStandardHelpOptions = true,
        description = "Run the upstream (T-VAN) simulator on 127.0.0.1.")
public final class SimUpstreamCommand implements Callable<Integer> {

    private static final int MAX_PORT = 65_535;

    @Option(names = "--port", required = true, paramLabel = "N", description = "TCP port (0 = any free port).")
    int port;

    @Option(
            names = "--fault",
            paramLabel = "NAME",
            description = "Inject a fault: latency, server-error, drop-after-processing, duplicate-answer, "
                    + "out-of-order, malformed-xml, forged-202 (repeatable).")
    List<String> faults = new ArrayList<>();

    @Option(
            names = "--fault-rate",
            defaultValue = "0.2",
            paramLabel = "P",
            description = "Probability per request of each chosen fault. Default: ${DEFAULT-VALUE}.")
    double rate;

    @Option(
            names = "--cqt-cert-out",
            paramLabel = "FILE",
            description = "Write the test tax-authority certificate (PEM).")
    Optional<Path> certificateOut;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Fault> chosen = new ArrayList<>();
        for (String name : faults) {
            Optional<Fault> fault = Fault.fromCliName(name);
            if (fault.isEmpty()) {
                err.println("sim upstream: --fault: unknown fault '" + name + "'");
                return ExitCode.BAD_INPUT;
            }
            chosen.add(fault.get());
        }
        if (rate < 0 || rate > 1) {
            err.println("sim upstream: --fault-rate must be between 0 and 1");
            return ExitCode.BAD_INPUT;
        }
        if (port < 0 || port > MAX_PORT) {
            err.println("sim upstream: --port must be between 0 and " + MAX_PORT);
            return ExitCode.BAD_INPUT;
        }
        FaultPlan plan = chosen.isEmpty() ? FaultPlan.none() : FaultPlan.of(chosen, rate, Duration.ofSeconds(3));
        TestTaxAuthority authority = TestTaxAuthority.generate();
        if (certificateOut.isPresent()) {
            authority.writeCertificatePem(certificateOut.get());
        }
        UpstreamSimulator sim;
        try {
            sim = UpstreamSimulator.start(port, authority, plan);
        } catch (BindException e) {
            err.println("sim upstream: --port " + port + " is already in use");
            return ExitCode.BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM / Ctrl+C: close the listening socket before the JVM goes, so the port is free at once.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sim.close();
                            stopped.countDown();
                        },
                        "sim-upstream-stop"));
        out.println("upstream simulator listening on " + sim.endpoint() + " faults=" + chosen);
        out.flush();
        stopped.await();
        return ExitCode.SUCCESS;
    }
}
