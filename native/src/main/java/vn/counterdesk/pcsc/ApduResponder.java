package vn.counterdesk.pcsc;

/**
 * The card side of an APDU exchange, for software cards (tests, demo mode, the vpcd bridge):
 * takes a command and answers with a response, including status words for errors. Calls come from
 * one thread at a time.
 */
@FunctionalInterface
public interface ApduResponder {

    /**
     * Answers one command. A software card that simulates being pulled from the reader throws
     * {@link CardRemovedException}; bridges turn that into a real removal (e.g. closing the vpcd
     * socket).
     */
    ResponseApdu respond(CommandApdu command) throws CardRemovedException;

    /**
     * The ATR this card presents; unless overridden, a contactless T=1 ATR in the PC/SC part 3
     * form (3B 88 80 01, eight historical bytes) with its check byte TCK, which ISO/IEC 7816-3
     * requires whenever a protocol other than T=0 is indicated.
     */
    default byte[] atr() {
        return new byte[] {
            0x3B, (byte) 0x88, (byte) 0x80, 0x01, 0x00, 0x00, 0x00, 0x00, 0x77, (byte) 0x81, (byte) 0x81, 0x00, 0x7E
        };
    }

    /** Called when the card is powered up or reset: volatile state (sessions, keys) is cleared. */
    default void reset() {}
}
