package vn.counterdesk.store.privacy;

/**
 * What an erasure removed and what it had to keep: invoices stay for their legal retention period with their
 * buyer fields, only unlinked from the (now deleted) profile.
 */
public record ErasureReport(boolean personFound, int cardReadsDeleted, int consentsDeleted, int invoicesRetained) {}
