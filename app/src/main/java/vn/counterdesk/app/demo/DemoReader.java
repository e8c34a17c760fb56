package vn.counterdesk.app.demo;

import java.util.Optional;
import vn.counterdesk.app.service.CardSource;
import vn.counterdesk.card.read.CardConnector;
import vn.counterdesk.pcsc.InProcessTransport;
import vn.counterdesk.pcsc.LinkCapabilities;
import vn.counterdesk.testkit.chip.VirtualIdCard;
import vn.counterdesk.testkit.profile.CardGenerator;
import vn.counterdesk.testkit.profile.CardProfiles;
import vn.counterdesk.testkit.profile.FaultPlan;
import vn.counterdesk.testkit.profile.ProfileException;
import vn.counterdesk.testkit.profile.VirtualCard;

/**
 * The demo's in-process reader: one slot that holds a virtual chip made from a shipped persona. No
 * PC/SC service is involved, so demo mode runs the same on Linux, Windows and macOS.
 */
public final class DemoReader implements CardSource {

    public static final String NAME = "CounterDesk demo reader";

    private record Inserted(DemoCard card, VirtualIdCard chip) {}

    private volatile Optional<Inserted> slot = Optional.empty();

    /** Puts a fresh chip of {@code card} in the slot (replacing any card there). */
    public void insert(DemoCard card) throws ProfileException {
        FaultPlan faults = FaultPlan.parse(card.faults());
        VirtualCard virtual = CardGenerator.generate(CardProfiles.persona(card.persona()), faults);
        slot = Optional.of(new Inserted(card, virtual.newChip()));
    }

    public void remove() {
        slot = Optional.empty();
    }

    public Optional<DemoCard> current() {
        return slot.map(Inserted::card);
    }

    @Override
    public Availability availability() {
        Optional<Inserted> now = slot;
        if (now.isEmpty()) {
            return new Availability.NoCard(NAME);
        }
        VirtualIdCard chip = now.get().chip();
        CardConnector connector = new CardConnector() {
            @Override
            public vn.counterdesk.pcsc.ApduTransport connect() {
                return new InProcessTransport(chip, LinkCapabilities.shortOnly());
            }

            @Override
            public boolean cardLeft() {
                return slot.map(s -> s.chip() != chip).orElse(true);
            }
        };
        return new Availability.CardPresent(NAME, connector);
    }
}
