package vn.counterdesk.pcsc;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The monitor's memory: turns successive PC/SC observations into events. Pure logic with an
 * explicit clock, so the sequencing rules are tested without a PC/SC service.
 *
 * <p>Rules: a card is announced only after it stayed present for the debounce time (contactless
 * cards bounce in and out of the field); a removal is announced at once; a changed card-event
 * counter on a still-present card means it was swapped between two looks (removed + inserted); a
 * reader that disappears takes its card with it; losing the service removes every reader and the
 * first successful look afterwards restores the service.
 */
final class ReaderTracker {

    private final long debounceNanos;
    private final Map<String, Entry> readers = new LinkedHashMap<>();
    private Optional<ReaderEvent.ServiceUnavailable> outage = Optional.empty();

    ReaderTracker(java.time.Duration debounce) {
        this.debounceNanos = debounce.toNanos();
    }

    private static final class Entry {
        ReaderStatus last;
        boolean announced;
        Atr atr = new Atr(new byte[0]);
        OptionalLong pendingSince = OptionalLong.empty();
        Optional<PcscError> lastError = Optional.empty();

        Entry(String name) {
            this.last = ReaderStatus.unaware(name);
        }
    }

    /** The state to hand to the next wait: what we last saw, or "unaware" for new readers. */
    List<ReaderStatus> known(List<String> names) {
        return names.stream()
                .map(name -> Optional.ofNullable(readers.get(name))
                        .map(e -> e.last)
                        .orElseGet(() -> ReaderStatus.unaware(name)))
                .toList();
    }

    /** A successful look at the service: {@code statuses} holds every reader attached now. */
    List<ReaderEvent> observe(List<ReaderStatus> statuses, long nowNanos) {
        List<ReaderEvent> events = new ArrayList<>();
        if (outage.isPresent()) {
            outage = Optional.empty();
            events.add(new ReaderEvent.ServiceRestored());
        }
        List<ReaderStatus> attached =
                statuses.stream().filter(s -> !s.readerGone()).toList();
        Set<String> names = attached.stream().map(ReaderStatus::reader).collect(Collectors.toSet());
        for (Iterator<Map.Entry<String, Entry>> it = readers.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Entry> known = it.next();
            if (!names.contains(known.getKey())) {
                drop(known.getKey(), known.getValue(), events);
                it.remove();
            }
        }
        for (ReaderStatus status : attached) {
            Entry entry = readers.get(status.reader());
            if (entry == null) {
                entry = new Entry(status.reader());
                readers.put(status.reader(), entry);
                events.add(new ReaderEvent.ReaderAdded(status.reader()));
            }
            update(entry, status, nowNanos, events);
        }
        return events;
    }

    private void update(Entry entry, ReaderStatus status, long nowNanos, List<ReaderEvent> events) {
        boolean swapped = entry.announced
                && status.cardPresent()
                && (status.eventCounter() != entry.last.eventCounter()
                        || !status.atr().equals(entry.atr));
        entry.last = status;
        entry.lastError = Optional.empty();
        if (entry.announced && (!status.cardPresent() || swapped)) {
            entry.announced = false;
            entry.atr = new Atr(new byte[0]);
            events.add(new ReaderEvent.CardRemoved(status.reader()));
        }
        if (!status.cardPresent()) {
            entry.pendingSince = OptionalLong.empty();
            return;
        }
        if (entry.announced) {
            return;
        }
        if (entry.pendingSince.isEmpty() || swapped) {
            entry.pendingSince = OptionalLong.of(nowNanos);
        }
        if (nowNanos - entry.pendingSince.getAsLong() >= debounceNanos) {
            entry.announced = true;
            entry.atr = status.atr();
            entry.pendingSince = OptionalLong.empty();
            events.add(new ReaderEvent.CardInserted(status.reader(), status.atr()));
        }
    }

    /** The service cannot be reached: every reader (and card) is gone until it answers again. */
    List<ReaderEvent> serviceLost(ReaderSnapshot.ServiceProblem problem, boolean restartRequired) {
        List<ReaderEvent> events = new ArrayList<>();
        ReaderEvent.ServiceUnavailable event = new ReaderEvent.ServiceUnavailable(problem, restartRequired);
        if (!outage.equals(Optional.of(event))) {
            outage = Optional.of(event);
            events.add(event);
        }
        readers.forEach((name, entry) -> drop(name, entry, events));
        readers.clear();
        return events;
    }

    private static void drop(String name, Entry entry, List<ReaderEvent> events) {
        if (entry.announced) {
            events.add(new ReaderEvent.CardRemoved(name));
        }
        events.add(new ReaderEvent.ReaderRemoved(name));
    }

    /** Remembers an error on one reader for the UI; no event. */
    void recordError(String reader, PcscError error) {
        Optional.ofNullable(readers.get(reader)).ifPresent(e -> e.lastError = Optional.of(error));
    }

    /** When a pending insertion becomes due, if any. */
    OptionalLong nextDeadline() {
        return readers.values().stream()
                .filter(e -> e.pendingSince.isPresent())
                .mapToLong(e -> e.pendingSince.getAsLong() + debounceNanos)
                .min();
    }

    Optional<ReaderEvent.ServiceUnavailable> outage() {
        return outage;
    }

    List<ReaderState> states() {
        return readers.entrySet().stream()
                .map(e -> new ReaderState(
                        e.getKey(),
                        e.getValue().announced,
                        e.getValue().announced ? Optional.of(e.getValue().atr) : Optional.empty(),
                        e.getValue().lastError))
                .toList();
    }

    /** Events that bring a new listener up to date with the current state. */
    List<ReaderEvent> replay() {
        List<ReaderEvent> events = new ArrayList<>();
        outage.ifPresent(events::add);
        readers.forEach((name, entry) -> {
            events.add(new ReaderEvent.ReaderAdded(name));
            if (entry.announced) {
                events.add(new ReaderEvent.CardInserted(name, entry.atr));
            }
        });
        return events;
    }
}
