package vn.counterdesk.testkit.upstream;

import java.util.Map;

/**
 * What the simulator saw. {@code duplicateAcceptances} counts an invoice (seller, form, symbol,
 * number) submitted again under a NEW message id after it had been accepted: the client failed to
 * reuse its MTDiep, i.e. exactly-once is broken. Resends of the same MTDiep are
 * {@code resentMessages} and are harmless.
 */
public record SimulatorStats(
        long requests,
        long uniqueMessages,
        long resentMessages,
        long coded,
        long rejected,
        long duplicateAcceptances,
        long forgedAnswersPublished,
        Map<Fault, Long> faultsInjected) {

    public SimulatorStats {
        faultsInjected = Map.copyOf(faultsInjected);
    }
}
