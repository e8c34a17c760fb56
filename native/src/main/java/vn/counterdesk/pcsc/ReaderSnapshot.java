package vn.counterdesk.pcsc;

import java.util.List;

/** What the PC/SC service reports at one moment: its readers, or why it cannot be reached. */
public sealed interface ReaderSnapshot {

    /** The service answered; {@code readers} may be empty. */
    record Available(List<ReaderInfo> readers) implements ReaderSnapshot {
        public Available {
            readers = List.copyOf(readers);
        }
    }

    /** The service (or its library) is not reachable; {@code problem} says what the user can do. */
    record Unavailable(ServiceProblem problem, String technicalDetail) implements ReaderSnapshot {}

    /** One reader and whether a card sits in it. */
    record ReaderInfo(String name, boolean cardPresent) {}

    /** Why PC/SC cannot be used, in terms the UI turns into a message. */
    enum ServiceProblem {
        /** The PC/SC library (libpcsclite / winscard) is not installed. */
        LIBRARY_MISSING,
        /** The library is there but the service (pcscd, SCardSvr) does not run. */
        SERVICE_NOT_RUNNING
    }
}
