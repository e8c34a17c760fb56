package vn.counterdesk.testkit.profile;

/**
 * The overall verdict a correct terminal reaches for a card, assuming the test CSCA is in its
 * trust store (without it, a genuine card is CHAIN_UNVERIFIED).
 */
public enum ExpectedVerdict {
    GENUINE,
    CHAIN_UNVERIFIED,
    TAMPERED,
    CLONE_SUSPECTED,
    EXPIRED_DOCUMENT,
    NOT_VERIFIED
}
