package vn.counterdesk.pcsc;

import java.util.List;
import java.util.Locale;

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
        SERVICE_NOT_RUNNING,
        /** The JVM forbids native calls: it was started without {@code --enable-native-access}. */
        NATIVE_ACCESS_DENIED,
        /** This operating system / architecture has no PC/SC binding in CounterDesk. */
        UNSUPPORTED_PLATFORM,
        /** The service answered with an unexpected error; details are in the log. */
        SERVICE_FAILED;

        /** A sentence for the user, specific to the operating system CounterDesk runs on. */
        public String userMessage() {
            return userMessage(OperatingSystem.current());
        }

        public String userMessage(OperatingSystem os) {
            return switch (this) {
                case LIBRARY_MISSING ->
                    switch (os) {
                        case LINUX ->
                            "The PC/SC library is not installed — install the package libpcsclite1 (and pcscd).";
                        case WINDOWS -> "The Windows smart-card library (winscard.dll) could not be loaded.";
                        case MACOS -> "The macOS PC/SC framework could not be loaded.";
                        case OTHER -> "No PC/SC library is available on this system.";
                    };
                case SERVICE_NOT_RUNNING ->
                    switch (os) {
                        case LINUX -> "PC/SC service is not running — start pcscd (sudo systemctl start pcscd.socket).";
                        case WINDOWS ->
                            "The Smart Card service is not running — start it (services.msc → Smart Card) or plug in a reader.";
                        case MACOS -> "The smart-card service is not answering — unplug and replug the reader.";
                        case OTHER -> "The PC/SC service is not running.";
                    };
                case NATIVE_ACCESS_DENIED ->
                    "CounterDesk was started without native access — use the counterdesk launcher "
                            + "(it passes --enable-native-access=ALL-UNNAMED).";
                case UNSUPPORTED_PLATFORM ->
                    "Card readers are not supported on this platform ("
                            + System.getProperty("os.name", "?").toLowerCase(Locale.ROOT) + ").";
                case SERVICE_FAILED -> "The smart-card service reported an error — see the diagnostics log.";
            };
        }
    }
}
