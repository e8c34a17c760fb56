package vn.counterdesk.store.invoice;

/** Result of {@link InvoiceRepository#issue}. */
public sealed interface IssueOutcome {
    /** Stored, numbered and queued for sync, all in one committed transaction. */
    record Issued(long invoiceId, AllocatedNumber number, String messageId) implements IssueOutcome {}

    /** Producing the signed XML failed; nothing was stored and the number stays free. */
    record NotIssued(Exception cause) implements IssueOutcome {}
}
