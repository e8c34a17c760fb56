package vn.counterdesk.testkit.chip;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How the chip behaves beyond its content: the run-time faults (PACE refused, pulled from the
 * reader after a number of APDUs, a slow link, hostile answers on the wire). {@link #NORMAL} is a
 * well-behaved card.
 */
public record ChipBehaviour(
        boolean paceRefused, OptionalInt removedAfterApdus, Optional<LinkModel> link, Set<WireAttack> attacks) {

    public static final ChipBehaviour NORMAL = new ChipBehaviour(false, OptionalInt.empty(), Optional.empty());

    public ChipBehaviour {
        if (removedAfterApdus.isPresent() && removedAfterApdus.getAsInt() < 0) {
            throw new IllegalArgumentException("removal count must be ≥ 0");
        }
        attacks = attacks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(attacks));
    }

    /** A chip that answers honestly. */
    public ChipBehaviour(boolean paceRefused, OptionalInt removedAfterApdus, Optional<LinkModel> link) {
        this(paceRefused, removedAfterApdus, link, Set.of());
    }

    public ChipBehaviour withPaceRefused() {
        return new ChipBehaviour(true, removedAfterApdus, link, attacks);
    }

    public ChipBehaviour withRemovalAfter(int apdus) {
        return new ChipBehaviour(paceRefused, OptionalInt.of(apdus), link, attacks);
    }

    public ChipBehaviour withLink(LinkModel model) {
        return new ChipBehaviour(paceRefused, removedAfterApdus, Optional.of(model), attacks);
    }

    public ChipBehaviour withAttack(WireAttack attack) {
        EnumSet<WireAttack> more = EnumSet.of(attack);
        more.addAll(attacks);
        return new ChipBehaviour(paceRefused, removedAfterApdus, link, more);
    }

    public boolean attacks(WireAttack attack) {
        return attacks.contains(attack);
    }
}
