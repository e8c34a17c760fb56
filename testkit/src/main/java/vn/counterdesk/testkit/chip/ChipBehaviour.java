package vn.counterdesk.testkit.chip;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the chip behaves beyond its content: the run-time faults (PACE refused, pulled from the
 * reader after a number of APDUs, a slow link). {@link #NORMAL} is a well-behaved card.
 */
public record ChipBehaviour(boolean paceRefused, OptionalInt removedAfterApdus, Optional<LinkModel> link) {

    public static final ChipBehaviour NORMAL = new ChipBehaviour(false, OptionalInt.empty(), Optional.empty());

    public ChipBehaviour {
        if (removedAfterApdus.isPresent() && removedAfterApdus.getAsInt() < 0) {
            throw new IllegalArgumentException("removal count must be ≥ 0");
        }
    }

    public ChipBehaviour withPaceRefused() {
        return new ChipBehaviour(true, removedAfterApdus, link);
    }

    public ChipBehaviour withRemovalAfter(int apdus) {
        return new ChipBehaviour(paceRefused, OptionalInt.of(apdus), link);
    }

    public ChipBehaviour withLink(LinkModel model) {
        return new ChipBehaviour(paceRefused, removedAfterApdus, Optional.of(model));
    }
}
