package vn.counterdesk.card.sm;

/** The secure-messaging cipher suite of a session (ICAO 9303-11 §9.8). */
public enum SmCipher {
    /** 2-key 3DES-CBC with ISO 9797-1 MAC algorithm 3 (BAC, PACE/CA with 3DES). 8-byte SSC. */
    DESEDE,
    /** AES-CBC with AES-CMAC truncated to 8 bytes (PACE/CA with AES). 16-byte SSC. */
    AES
}
