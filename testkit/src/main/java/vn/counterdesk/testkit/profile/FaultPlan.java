package vn.counterdesk.testkit.profile;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import vn.counterdesk.testkit.chip.ChipBehaviour;
import vn.counterdesk.testkit.chip.LinkModel;
import vn.counterdesk.testkit.chip.WireAttack;

/**
 * The faults chosen for one card, with their parameters. Written as {@code NAME} or
 * {@code NAME:param[:param]}, case-insensitive, '-' accepted for '_':
 * {@code CARD_REMOVED:12}, {@code SLOW_LINK:40:106000}.
 */
public record FaultPlan(Set<CardFault> faults, int removalAfterApdus, LinkModel link) {

    public static final int DEFAULT_REMOVAL_AFTER = 20;
    public static final FaultPlan NONE =
            new FaultPlan(EnumSet.noneOf(CardFault.class), DEFAULT_REMOVAL_AFTER, LinkModel.ISO14443_106K);

    public FaultPlan {
        faults = faults.isEmpty() ? EnumSet.noneOf(CardFault.class) : EnumSet.copyOf(faults);
    }

    @Override
    public Set<CardFault> faults() {
        return EnumSet.copyOf(faults.isEmpty() ? EnumSet.noneOf(CardFault.class) : faults);
    }

    public boolean has(CardFault fault) {
        return faults.contains(fault);
    }

    /** Parses fault specifications; the message of the error names the bad one. */
    public static FaultPlan parse(Collection<String> specs) throws ProfileException {
        EnumSet<CardFault> faults = EnumSet.noneOf(CardFault.class);
        int removal = DEFAULT_REMOVAL_AFTER;
        LinkModel link = LinkModel.ISO14443_106K;
        for (String spec : specs) {
            String[] parts = spec.trim().split(":");
            CardFault fault = byName(parts[0]);
            faults.add(fault);
            try {
                switch (fault) {
                    case CARD_REMOVED -> {
                        expectParameters(spec, parts, 1);
                        if (parts.length > 1) {
                            removal = Integer.parseInt(parts[1]);
                        }
                    }
                    case SLOW_LINK -> {
                        expectParameters(spec, parts, 2);
                        long latency = parts.length > 1
                                ? Long.parseLong(parts[1])
                                : link.latencyPerApdu().toMillis();
                        long rate = parts.length > 2 ? Long.parseLong(parts[2]) : link.bitsPerSecond();
                        link = new LinkModel(Duration.ofMillis(latency), rate);
                    }
                    default -> expectParameters(spec, parts, 0);
                }
            } catch (IllegalArgumentException e) {
                throw new ProfileException("fault " + fault + ": bad parameter in '" + spec + "'", e);
            }
        }
        return new FaultPlan(faults, removal, link);
    }

    public static CardFault byName(String name) throws ProfileException {
        try {
            return CardFault.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ProfileException("unknown fault '" + name + "'");
        }
    }

    /** The run-time behaviour of the chip under this plan. */
    public ChipBehaviour behaviour() {
        ChipBehaviour behaviour = ChipBehaviour.NORMAL;
        if (has(CardFault.PACE_REFUSED)) {
            behaviour = behaviour.withPaceRefused();
        }
        if (has(CardFault.CARD_REMOVED)) {
            behaviour = behaviour.withRemovalAfter(removalAfterApdus);
        }
        if (has(CardFault.SLOW_LINK)) {
            behaviour = behaviour.withLink(link);
        }
        if (has(CardFault.OVERLONG_RESPONSE)) {
            behaviour = behaviour.withAttack(WireAttack.OVERLONG_RESPONSE);
        }
        if (has(CardFault.BAD_RESPONSE_MAC)) {
            behaviour = behaviour.withAttack(WireAttack.BAD_RESPONSE_MAC);
        }
        if (has(CardFault.REPLAYED_RESPONSE)) {
            behaviour = behaviour.withAttack(WireAttack.REPLAYED_RESPONSE);
        }
        return behaviour;
    }

    /** Merges two plans (profile faults plus command-line faults); {@code other}'s parameters win. */
    public FaultPlan plus(FaultPlan other) {
        EnumSet<CardFault> union = EnumSet.noneOf(CardFault.class);
        union.addAll(faults);
        union.addAll(other.faults);
        return new FaultPlan(
                union,
                other.has(CardFault.CARD_REMOVED) ? other.removalAfterApdus : removalAfterApdus,
                other.has(CardFault.SLOW_LINK) ? other.link : link);
    }

    private static void expectParameters(String spec, String[] parts, int max) {
        if (parts.length - 1 > max) {
            throw new IllegalArgumentException("too many parameters in " + spec);
        }
    }
}
