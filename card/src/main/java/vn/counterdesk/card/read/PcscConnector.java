package vn.counterdesk.card.read;

import java.time.Duration;
import vn.counterdesk.pcsc.ApduTransport;
import vn.counterdesk.pcsc.CardIoException;
import vn.counterdesk.pcsc.CardSession;
import vn.counterdesk.pcsc.PcscReaders;
import vn.counterdesk.pcsc.ReaderSnapshot;

/**
 * Connects to the card in one PC/SC reader. Some drivers report a pulled card as an empty or
 * failed transfer rather than "removed"; {@link #cardLeft()} then asks the service whether the card
 * is still there, giving it a moment to notice the removal.
 */
public final class PcscConnector implements CardConnector {

    private static final Duration PRESENCE_SETTLE = Duration.ofMillis(1500);

    private final String reader;

    public PcscConnector(String reader) {
        this.reader = reader;
    }

    @Override
    public ApduTransport connect() throws CardIoException {
        return CardSession.open(reader);
    }

    @Override
    public boolean cardLeft() {
        long deadline = System.nanoTime() + PRESENCE_SETTLE.toNanos();
        do {
            if (PcscReaders.snapshot() instanceof ReaderSnapshot.Available available
                    && available.readers().stream().noneMatch(r -> r.name().equals(reader) && r.cardPresent())) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } while (System.nanoTime() < deadline);
        return false;
    }

    @Override
    public String toString() {
        return "PcscConnector[" + reader + "]";
    }
}
