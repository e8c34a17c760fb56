package vn.counterdesk.card.read;

import java.util.Optional;
import vn.counterdesk.card.access.AccessMethod;
import vn.counterdesk.card.lds.DataGroup;

/**
 * How a chip read ended. Only {@link Success} carries identity data: every other outcome means
 * nothing of the card is kept (no partial identity).
 */
public sealed interface ReadOutcome {

    record Success(ChipRead read) implements ReadOutcome {}

    /**
     * The chip refused every key the input yielded: "access denied: check the ID number / MRZ".
     * Distinct from I/O failures.
     */
    record AccessDenied(Optional<AccessMethod> lastMethod, int attempts) implements ReadOutcome {
        public static final String MESSAGE = "access denied: check the ID number / MRZ";

        public String message() {
            return MESSAGE;
        }
    }

    /** The card left the reader during the read. */
    record CardRemoved() implements ReadOutcome {}

    /** A transport or protocol failure (bad MAC, unexpected status word, reader error). */
    record IoFailure(String reason) implements ReadOutcome {}

    /** A file came back, but its content is not valid LDS data. */
    record MalformedChipData(Optional<DataGroup> file, String reason) implements ReadOutcome {}

    /** The clerk cancelled. */
    record Cancelled() implements ReadOutcome {}
}
