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

    /**
     * Acknowledged without a code: a 203/206/300 whose data passed (then answered by 204 {@code LTBao} 2 or
     * 301 accepted), or an envelope error ({@code withErrors}, answered by the 999 alone). Data that fails its
     * check is {@link Rejected}.
     */
    record Acknowledged(boolean withErrors) implements SimOutcome {}
}
