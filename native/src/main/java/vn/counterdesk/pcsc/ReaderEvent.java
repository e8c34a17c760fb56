package vn.counterdesk.pcsc;

import java.util.Objects;

/** Something that happened to the readers, published by {@link Readers} in the order it happened. */
public sealed interface ReaderEvent {

    /** A reader appeared (plugged in, or seen again after the service came back). */
    record ReaderAdded(String reader) implements ReaderEvent {
        public ReaderAdded {
            Objects.requireNonNull(reader);
        }
    }

    /** A reader disappeared (unplugged, or the service went away). */
    record ReaderRemoved(String reader) implements ReaderEvent {
        public ReaderRemoved {
            Objects.requireNonNull(reader);
        }
    }

    /** A card sits in the reader and stayed there for the debounce time. */
    record CardInserted(String reader, Atr atr) implements ReaderEvent {
        public CardInserted {
            Objects.requireNonNull(reader);
            Objects.requireNonNull(atr);
        }
    }

    /** The card left the reader: any session on it is over. */
    record CardRemoved(String reader) implements ReaderEvent {
        public CardRemoved {
            Objects.requireNonNull(reader);
        }
    }

    /**
     * The PC/SC service cannot be reached. {@code restartRequired} is true only when the process
     * cannot recover by itself and the user must restart CounterDesk.
     */
    record ServiceUnavailable(ReaderSnapshot.ServiceProblem problem, boolean restartRequired) implements ReaderEvent {
        public ServiceUnavailable {
            Objects.requireNonNull(problem);
        }
    }

    /** The service answers again; the readers follow as {@link ReaderAdded} events. */
    record ServiceRestored() implements ReaderEvent {}
}
