package vn.counterdesk.invoice.pdf;

/** What the printout may claim about the seller signature. Only {@link #VALID} earns the "valid" mark. */
public enum SignatureStatus {
    /** The invoice verifier checked the seller signature and it holds. */
    VALID,
    /** A seller signature is present but does not verify (tampered data, wrong key, bad certificate). */
    INVALID,
    /** The XML carries no seller signature. */
    ABSENT
}
