package vn.counterdesk.invoice.pdf;

/** What the printout may claim about the seller signature. Only {@link #VALID} earns the "valid" mark. */
public enum SignatureStatus {
    /** The seller signature was verified and holds. */
    VALID,
    /** A seller signature is present but does not verify (tampered data, wrong key, bad certificate). */
    INVALID,
    /** A seller signature is present and nobody checked it. */
    NOT_VERIFIED,
    /** The XML carries no seller signature. */
    ABSENT
}
