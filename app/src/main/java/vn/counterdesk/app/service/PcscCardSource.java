package vn.counterdesk.app.service;

import java.util.List;
import java.util.Optional;
import vn.counterdesk.card.read.PcscConnector;
import vn.counterdesk.pcsc.PcscReaders;
import vn.counterdesk.pcsc.ReaderSnapshot;

/** Cards in PC/SC readers: the chosen reader, or the first one holding a card. */
public final class PcscCardSource implements CardSource {

    private final Optional<String> preferredReader;

    public PcscCardSource(Optional<String> preferredReader) {
        this.preferredReader = preferredReader;
    }

    @Override
    public Availability availability() {
        ReaderSnapshot snapshot = PcscReaders.snapshot();
        if (snapshot instanceof ReaderSnapshot.Unavailable down) {
            return new Availability.ServiceDown(down.problem().userMessage());
        }
        List<ReaderSnapshot.ReaderInfo> readers = ((ReaderSnapshot.Available) snapshot).readers();
        List<ReaderSnapshot.ReaderInfo> candidates = preferredReader
                .map(name -> readers.stream().filter(r -> r.name().equals(name)).toList())
                .orElse(readers);
        if (candidates.isEmpty()) {
            return new Availability.NoReader();
        }
        return candidates.stream()
                .filter(ReaderSnapshot.ReaderInfo::cardPresent)
                .findFirst()
                .<Availability>map(r -> new Availability.CardPresent(r.name(), new PcscConnector(r.name())))
                .orElseGet(() -> new Availability.NoCard(candidates.getFirst().name()));
    }
}
