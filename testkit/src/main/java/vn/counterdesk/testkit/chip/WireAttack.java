package vn.counterdesk.testkit.chip;

/**
 * Hostile answers a forged or man-in-the-middle chip gives inside an open secure-messaging session, produced on
 * the wire the way an attacker would: each targets one check of the terminal, and everything else about the
 * answer is genuine (correct keys, SSC and MAC) so that only that check can catch it.
 */
public enum WireAttack {
    /** Every READ BINARY answer carries 16 bytes more than Le asked; correctly encrypted and MACed. */
    OVERLONG_RESPONSE,
    /** The MAC (DO'8E') of the first READ BINARY answer has one bit flipped. */
    BAD_RESPONSE_MAC,
    /**
     * The second READ BINARY is answered with the genuine, correctly MACed answer the chip gave to the first one: a
     * recorded response played again, which only the send sequence counter in the MAC tells apart.
     */
    REPLAYED_RESPONSE
}
