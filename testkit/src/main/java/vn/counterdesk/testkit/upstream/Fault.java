package vn.counterdesk.testkit.upstream;

import java.util.Locale;
import java.util.Optional;

/** The faults the simulator injects on demand (issue 10). */
public enum Fault {
    /** Slow answer; sometimes slower than the client's timeout. */
    LATENCY,
    /** HTTP 503 before the request is processed. */
    SERVER_ERROR,
    /** The request is processed, then the connection is closed without an answer. */
    DROP_AFTER_PROCESSING,
    /** The 202/204 is published twice, followed by a late copy of the 999. */
    DUPLICATE_ANSWER,
    /** The answer is held back and published after later answers. */
    OUT_OF_ORDER,
    /** The response body is cut off (the request itself was processed). */
    MALFORMED_XML,
    /** A 202 with a forged CQT signature is published before the genuine one. */
    FORGED_202;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Fault> fromCliName(String name) {
        for (Fault f : values()) {
            if (f.cliName().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
