package vn.counterdesk.pcsc;

/**
 * The one seam between the chip protocol and a card: PC/SC in production, an in-process chip in
 * tests and demo mode. Implementations are used from one thread at a time.
 */
public interface ApduTransport extends AutoCloseable {

    /**
     * Sends one command and returns the card's answer. Status words are returned, never thrown:
     * only transport failures (card pulled, reader gone, service down) raise exceptions.
     */
    ResponseApdu transmit(CommandApdu command) throws CardIoException;

    /** What this link can carry; the chip layer sizes its reads from it. */
    LinkCapabilities capabilities();

    /** The ATR of the card behind this transport. */
    byte[] atr();

    /** Ends the session; never throws. */
    @Override
    void close();
}
