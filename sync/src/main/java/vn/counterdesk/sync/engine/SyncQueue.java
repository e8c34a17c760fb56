package vn.counterdesk.sync.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.counterdesk.sync.tdiep.ErrorItem;
import vn.counterdesk.sync.tdiep.MessageId;

/**
 * What the sync engine needs from durable storage (the store's outbox). Every method is one atomic
 * step; status changes are guarded by {@link SyncStatus#canMoveTo}, and a refused change returns
 * {@code false} instead of failing, because late and duplicate answers are normal.
 */
public interface SyncQueue {

    /** Adds an issued, signed invoice (status ISSUED). Adding the same id twice changes nothing. */
    void addIssued(String invoiceId, String taxCode, byte[] signedInvoice, Instant now);

    /** Up to {@code limit} ISSUED invoices still waiting for an envelope. */
    List<OutboxEntry> issued(int limit);

    /** ISSUED → QUEUED with the envelope and id every later resend reuses. */
    boolean markQueued(String invoiceId, MessageId messageId, byte[] envelope, Instant now);

    /**
     * Claims up to {@code limit} entries due for (re)submission at {@code now}: QUEUED,
     * FAILED_RETRYING, SENT whose lease ran out (e.g. the process died mid-send) and ACKNOWLEDGED
     * whose answer is overdue. QUEUED / FAILED_RETRYING become SENT; every claimed entry's attempt
     * count grows and it is leased until {@code leaseUntil} so no other worker sends it meanwhile.
     */
    List<OutboxEntry> claimDue(Instant now, Instant leaseUntil, int limit);

    /** A transport failure: SENT → FAILED_RETRYING (ACKNOWLEDGED stays), retried at {@code retryAt}. */
    void recordFailure(String invoiceId, String reason, Instant retryAt);

    /**
     * 999 without error → ACKNOWLEDGED; the answer is expected before {@code answerDueBy}. For an
     * entry already ACKNOWLEDGED (a resend), only the deadline moves and {@code false} is returned.
     */
    boolean acknowledge(MessageId messageId, Instant answerDueBy);

    /** Verified 202 → CODED with the tax-authority code and the returned invoice bytes. */
    boolean markCoded(MessageId messageId, String taxAuthorityCode, byte[] codedInvoice, Instant now);

    /** 204 (or 999 with errors) → REJECTED with the errors. */
    boolean markRejected(MessageId messageId, List<ErrorItem> errors, Instant now);

    Optional<OutboxEntry> findByMessageId(MessageId messageId);

    Optional<OutboxEntry> find(String invoiceId);

    Optional<String> taxAuthorityCode(String invoiceId);

    Optional<byte[]> codedInvoice(String invoiceId);

    List<ErrorItem> errors(String invoiceId);

    /** Where answer polling continues; empty string before the first poll. */
    String answerCursor();

    void saveAnswerCursor(String cursor);

    SyncCounts counts();
}
