package vn.counterdesk.pcsc;

import java.time.Duration;
import java.util.List;

/**
 * One-shot look at the PC/SC service, for a status line or a CLI check. A long-running UI uses
 * {@link Readers} instead, which also follows changes.
 */
public final class PcscReaders {

    private PcscReaders() {}

    public static ReaderSnapshot snapshot() {
        return snapshot(PcscBackends.configured());
    }

    static ReaderSnapshot snapshot(PcscBackend backend) {
        try (PcscContext context = backend.establishContext()) {
            List<String> names = context.listReaders();
            List<ReaderStatus> statuses = context.awaitChange(
                    names.stream().map(ReaderStatus::unaware).toList(), Duration.ZERO);
            return new ReaderSnapshot.Available(statuses.stream()
                    .filter(s -> !s.readerGone())
                    .map(s -> new ReaderSnapshot.ReaderInfo(s.reader(), s.cardPresent()))
                    .toList());
        } catch (ServiceUnavailableException e) {
            return new ReaderSnapshot.Unavailable(e.problem(), e.getMessage());
        } catch (PcscException e) {
            ReaderSnapshot.ServiceProblem problem = e.kind() == PcscError.Kind.SERVICE_LOST
                    ? ReaderSnapshot.ServiceProblem.SERVICE_NOT_RUNNING
                    : ReaderSnapshot.ServiceProblem.SERVICE_FAILED;
            return new ReaderSnapshot.Unavailable(problem, e.getMessage());
        }
    }
}
