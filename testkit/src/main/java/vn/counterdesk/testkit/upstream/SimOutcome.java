package vn.counterdesk.testkit.upstream;

import java.util.List;

/** The simulator's final decision on one submitted message. */
public sealed interface SimOutcome {

    record Coded(String taxAuthorityCode) implements SimOutcome {}

    record Rejected(List<String> errorCodes) implements SimOutcome {
        public Rejected {
            errorCodes = List.copyOf(errorCodes);
        }
    }

    /** Acknowledged only (203/206/300 or an envelope error). */
    record Acknowledged(boolean withErrors) implements SimOutcome {}
}
