package vn.counterdesk.testkit.vpcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.counterdesk.testkit.vpcd.VirtualReaders.SLOT_0;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.counterdesk.pcsc.CardSession;
import vn.counterdesk.pcsc.CommandApdu;
import vn.counterdesk.pcsc.ReaderEvent;
import vn.counterdesk.pcsc.ReaderSnapshot.ServiceProblem;
import vn.counterdesk.pcsc.Readers;

/**
 * Stops the real pcscd while the monitor runs and starts it again: the same JVM must report the
 * outage, then the service and its readers back, and read a card afterwards. Stopping the shared
 * daemon is only safe while holding the build's pcscd lock ({@code flock
 * /tmp/counterdesk-pcscd.lock}); the test always leaves a pcscd running.
 */
class PcscServiceRestartIT {

    private static final Duration PATIENCE = Duration.ofSeconds(5);
    /** Covers the first backoff steps (0.5 + 1 + 2 + 4 s) plus pcscd's start-up. */
    private static final Duration RESTORE_PATIENCE = Duration.ofSeconds(20);

    @Test
    void serviceStoppedAndRestartedIsReportedAndRecoveredWithoutRestartingTheJvm() throws Exception {
        VirtualReaders.assumeVirtualReader();
        ProcessHandle daemon = controllablePcscd();
        List<String> command = commandLine(daemon);
        VirtualReaders.awaitEmpty(SLOT_0);

        VirtualReaders.Events events = new VirtualReaders.Events();
        try (Readers readers = Readers.start()) {
            readers.addListener(events);
            events.await(e -> e.equals(new ReaderEvent.ReaderAdded(SLOT_0)), PATIENCE, "reader before the outage");
            VpcdBridge card = VpcdBridge.insert(new LoopbackCard());
            events.await(e -> e instanceof ReaderEvent.CardInserted, PATIENCE, "card before the outage");

            daemon.destroy(); // SIGTERM: pcscd shuts down cleanly and removes its socket
            assertThat(daemon.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
            events.await(
                    e -> e.equals(new ReaderEvent.ServiceUnavailable(ServiceProblem.SERVICE_NOT_RUNNING, false)),
                    PATIENCE,
                    "service lost");
            events.await(e -> e.equals(new ReaderEvent.ReaderRemoved(SLOT_0)), PATIENCE, "reader gone with it");
            assertThat(readers.outage()).isPresent();
            assertThat(readers.readers()).isEmpty();
            card.awaitFinished(5, TimeUnit.SECONDS);

            start(command);
            events.await(e -> e instanceof ReaderEvent.ServiceRestored, RESTORE_PATIENCE, "service back");
            events.await(e -> e.equals(new ReaderEvent.ReaderAdded(SLOT_0)), PATIENCE, "reader back");
            assertThat(readers.outage()).isEmpty();

            try (VpcdBridge again = VpcdBridge.insert(new LoopbackCard())) {
                events.await(e -> e instanceof ReaderEvent.CardInserted, PATIENCE, "card after the restart");
                try (CardSession session = readers.openSession(SLOT_0)) {
                    CommandApdu read = new CommandApdu(0x00, LoopbackCard.INS_READ, 0x44, 0x00, 64);
                    assertThat(session.transmit(read).data()).isEqualTo(LoopbackCard.pattern(0x44, 64));
                }
                assertThat(again.apduCount()).isEqualTo(1);
            }
        } finally {
            ensureRunning(command);
        }
    }

    /** The running pcscd, if this test may stop it (same user); otherwise the test is skipped. */
    private static ProcessHandle controllablePcscd() {
        Optional<ProcessHandle> daemon = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/pcscd")).orElse(false))
                .findFirst();
        assumeTrue(daemon.isPresent(), "no pcscd process visible to this test");
        String me = System.getProperty("user.name");
        assumeTrue(
                daemon.get().info().user().map(me::equals).orElse(false) || "root".equals(me),
                "pcscd runs as another user; this test must be able to stop and start it");
        return daemon.get();
    }

    private static List<String> commandLine(ProcessHandle daemon) {
        List<String> command = new ArrayList<>();
        command.add(daemon.info().command().orElse("pcscd"));
        daemon.info().arguments().ifPresent(args -> command.addAll(List.of(args)));
        return command;
    }

    /** pcscd forks into the background: the launcher exits once the daemon is up. */
    private static void start(List<String> command) throws IOException, InterruptedException {
        Process launcher = new ProcessBuilder(command).inheritIO().start();
        assertThat(launcher.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void ensureRunning(List<String> command) throws IOException, InterruptedException {
        boolean running = ProcessHandle.allProcesses()
                .anyMatch(p -> p.info().command().map(c -> c.endsWith("/pcscd")).orElse(false));
        if (!running) {
            Files.deleteIfExists(Path.of("/run/pcscd/pcscd.pid")); // stale after an unclean stop
            start(command);
        }
    }
}
