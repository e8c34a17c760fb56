package vn.counterdesk.pcsc;

/** The transmission protocol negotiated with the card. */
public enum CardProtocol {
    T0,
    T1,
    /** Anything else the reader reports (raw, T=15): exchanged as-is. */
    OTHER
}
