package vn.counterdesk.testkit.profile;

import java.util.Optional;

/**
 * Faults a virtual card can be made with. Personalisation faults change what is written on the
 * chip and carry the verdict a correct terminal must reach; run-time faults change how the chip
 * behaves and are not about authenticity.
 */
public enum CardFault {
    /** DG13 (the address) changed after the SOD was signed: its hash no longer matches. */
    TAMPERED_DATA_GROUP(ExpectedVerdict.TAMPERED),
    /**
     * The LDS security object hashes the data groups with MD5, which ICAO 9303-12 does not allow; the hashes
     * themselves match and the signature is genuine, so only the algorithm allow-list catches it.
     */
    SOD_HASH_ALGORITHM_NOT_ALLOWED(ExpectedVerdict.TAMPERED),
    /** The SOD is signed by a key that is not the one in the embedded DS certificate. */
    SOD_SIGNER_KEY_MISMATCH(ExpectedVerdict.TAMPERED),
    /**
     * The DS certificate names the test CSCA as issuer (DN and key identifier) but its signature is
     * from another key. With the CSCA in the trust store a matching anchor exists and the path
     * signature fails: CHAIN_INVALID in cccd-chip.md §10.3, shown red, hence TAMPERED (an unknown
     * issuer would only be CHAIN_UNVERIFIED, the normal amber case for real Vietnamese cards).
     */
    DS_NOT_ISSUED_BY_CSCA(ExpectedVerdict.TAMPERED),
    /**
     * The DS certificate expired (2020-12-31) before the SOD was signed (the card's issue date).
     * Validity is judged at the signing time (cccd-chip.md §10.2 step 5), so the path is invalid:
     * CHAIN_INVALID, shown red, hence TAMPERED.
     */
    DS_CERTIFICATE_EXPIRED(ExpectedVerdict.TAMPERED),
    /** The chip signs Active Authentication with a key other than the one in DG15: a clone. */
    AA_KEY_MISMATCH(ExpectedVerdict.CLONE_SUSPECTED),
    /**
     * DG2's length field declares 2 147 483 632 bytes (4-byte length 7FFFFFF0) while the file holds the usual
     * portrait: a terminal that trusts the header allocates, or reads for hours. The read must end as malformed.
     */
    OVERSIZED_LENGTH_FIELD(true),
    /**
     * DG2's JPEG declares a 30000 × 20000 frame (an image bomb: 1.8 GB of raster), signed into the SOD by the
     * issuer so that only the terminal's size check stands between the header and the allocation.
     */
    DG2_IMAGE_BOMB(true),
    /** EF.CardAccess advertises PACE but MSE:Set AT is refused (6982): only BAC opens the chip. */
    PACE_REFUSED(null),
    /** The card leaves the reader after N APDUs ({@code CARD_REMOVED:N}, default 20). */
    CARD_REMOVED(null),
    /**
     * Every APDU is delayed by a latency plus its bytes at a bit rate ({@code SLOW_LINK:ms:bps},
     * default 15 ms at 106 kbit/s).
     */
    SLOW_LINK(null),
    /** See {@link vn.counterdesk.testkit.chip.WireAttack#OVERLONG_RESPONSE}. */
    OVERLONG_RESPONSE(null),
    /** See {@link vn.counterdesk.testkit.chip.WireAttack#BAD_RESPONSE_MAC}. */
    BAD_RESPONSE_MAC(null),
    /** See {@link vn.counterdesk.testkit.chip.WireAttack#REPLAYED_RESPONSE}. */
    REPLAYED_RESPONSE(null);

    private final ExpectedVerdict expectedVerdict;
    private final boolean personalisation;

    /** A fault about authenticity: it changes the content and a correct terminal reaches {@code expectedVerdict}. */
    CardFault(ExpectedVerdict expectedVerdict) {
        this.expectedVerdict = expectedVerdict;
        this.personalisation = expectedVerdict != null;
    }

    /** A hostile content fault that must end the read itself, before any verdict. */
    CardFault(boolean personalisation) {
        this.expectedVerdict = null;
        this.personalisation = personalisation;
    }

    /** The verdict a correct terminal reaches; empty for faults that are not about authenticity. */
    public Optional<ExpectedVerdict> expectedVerdict() {
        return Optional.ofNullable(expectedVerdict);
    }

    /** Faults that change the chip's content (as opposed to its run-time behaviour). */
    public boolean personalisation() {
        return personalisation;
    }
}
