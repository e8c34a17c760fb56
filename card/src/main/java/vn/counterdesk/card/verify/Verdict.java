package vn.counterdesk.card.verify;

/**
 * The one overall status of a document. When several things fail the most serious wins, in the
 * declaration order below (see docs/verification.md): integrity before cloning before absence of
 * evidence before expiry before trust.
 */
public enum Verdict {
    /** A signature, a certificate or a data-group hash fails: the data cannot be trusted. */
    TAMPERED,
    /** The data is signed correctly but the chip failed Active or Chip Authentication. */
    CLONE_SUSPECTED,
    /** No EF.SOD was read: nothing could be verified. */
    NOT_VERIFIED,
    /** Everything verifies but the document's validity has ended (or its DS certificate expired). */
    EXPIRED_DOCUMENT,
    /** Everything verifies but the issuing CSCA is not in the trust store (normal for VN ID cards today). */
    CHAIN_UNVERIFIED,
    /** Signature, chain to a trusted CSCA, hashes and the chip's own proof all pass. */
    GENUINE;

    /** Exit code 5 in the CLI: the data or chip is proven wrong, not merely unproven. */
    public boolean isFailure() {
        return this == TAMPERED || this == CLONE_SUSPECTED;
    }
}
