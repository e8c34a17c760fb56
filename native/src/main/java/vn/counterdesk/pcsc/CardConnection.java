package vn.counterdesk.pcsc;

/** A connected card handle ({@code SCARDHANDLE}). */
interface CardConnection {

    CardProtocol protocol();

    /** ATR as reported by the reader at connect time. */
    Atr atr();

    /** Sends raw APDU bytes, returns raw response bytes (data ‖ SW1 SW2). */
    byte[] transmit(byte[] command) throws PcscException;

    /** {@code SCardBeginTransaction}: other applications wait until {@link #endTransaction()}. */
    void beginTransaction() throws PcscException;

    void endTransaction();

    /** Asks the reader whether the card is still there; false on any error. */
    boolean isCardPresent();

    /** Leaves the card powered (no reset); never throws. */
    void disconnect();
}
