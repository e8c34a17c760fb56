package vn.counterdesk.pcsc;

import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/**
 * One-shot look at the PC/SC service. Never uses {@code TerminalFactory.getDefault()}, which is
 * fixed at class-load time and stays "None" for the life of the JVM if pcscd was down then.
 */
public final class PcscReaders {

    private PcscReaders() {}

    public static ReaderSnapshot snapshot() {
        TerminalFactory factory;
        try {
            factory = TerminalFactory.getInstance("PC/SC", null);
        } catch (NoSuchAlgorithmException e) {
            return new ReaderSnapshot.Unavailable(classify(e), String.valueOf(rootMessage(e)));
        }
        try {
            List<ReaderSnapshot.ReaderInfo> readers = new ArrayList<>();
            for (CardTerminal terminal : factory.terminals().list()) {
                readers.add(new ReaderSnapshot.ReaderInfo(terminal.getName(), isCardPresent(terminal)));
            }
            return new ReaderSnapshot.Available(readers);
        } catch (CardException e) {
            String detail = String.valueOf(rootMessage(e));
            if (detail.contains("SCARD_E_NO_READERS_AVAILABLE")) {
                return new ReaderSnapshot.Available(List.of());
            }
            return new ReaderSnapshot.Unavailable(ReaderSnapshot.ServiceProblem.SERVICE_NOT_RUNNING, detail);
        }
    }

    private static boolean isCardPresent(CardTerminal terminal) {
        try {
            return terminal.isCardPresent();
        } catch (CardException | IllegalStateException e) {
            return false;
        }
    }

    private static ReaderSnapshot.ServiceProblem classify(NoSuchAlgorithmException e) {
        String detail = String.valueOf(rootMessage(e));
        // The JDK reports a missing library as an UnsatisfiedLinkError / "Could not load" cause.
        boolean libraryMissing = detail.contains("load") || detail.contains("libpcsclite") || hasLinkError(e);
        return libraryMissing
                ? ReaderSnapshot.ServiceProblem.LIBRARY_MISSING
                : ReaderSnapshot.ServiceProblem.SERVICE_NOT_RUNNING;
    }

    private static boolean hasLinkError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UnsatisfiedLinkError) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }
}
