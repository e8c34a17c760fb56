package vn.counterdesk.pcsc;

/**
 * One reader's state as PC/SC reports it ({@code SCARD_READERSTATE}): the state bits with the
 * card-event counter in the upper 16 bits, and the ATR when a card is present.
 */
record ReaderStatus(String reader, int state, Atr atr) {

    static final int STATE_UNAWARE = 0x0000;
    static final int STATE_CHANGED = 0x0002;
    static final int STATE_UNKNOWN = 0x0004;
    static final int STATE_UNAVAILABLE = 0x0008;
    static final int STATE_EMPTY = 0x0010;
    static final int STATE_PRESENT = 0x0020;
    static final int STATE_MUTE = 0x0200;

    static ReaderStatus unaware(String reader) {
        return new ReaderStatus(reader, STATE_UNAWARE, new Atr(new byte[0]));
    }

    /** A card that answered with an ATR; a mute card cannot be used and counts as absent. */
    boolean cardPresent() {
        return (state & STATE_PRESENT) != 0 && (state & STATE_MUTE) == 0;
    }

    /** The reader vanished between listing and waiting. */
    boolean readerGone() {
        return (state & STATE_UNKNOWN) != 0;
    }

    /** How many card insertions/removals the service counted (pcsc-lite, Windows). */
    int eventCounter() {
        return state >>> 16;
    }
}
