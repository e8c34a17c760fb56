package vn.counterdesk.store.audit;

/** Result of checking the audit hash chain. */
public sealed interface ChainVerification {
    record Intact(long rows) implements ChainVerification {}

    /** The first row (by sequence) whose content, link or position does not match the chain. */
    record Broken(long seq, Reason reason) implements ChainVerification {}

    enum Reason {
        /** The row's fields were changed after it was written. */
        ROW_CHANGED,
        /** The row does not link to its predecessor (a row before it was removed or re-linked). */
        LINK_BROKEN,
        /** A sequence number is missing: a row was deleted. */
        ROW_MISSING
    }
}
