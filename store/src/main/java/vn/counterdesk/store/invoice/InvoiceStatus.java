package vn.counterdesk.store.invoice;

/**
 * Life cycle of an issued invoice towards the tax authority. The rank orders the states: a transition to a
 * lower rank is a late or duplicate answer and is ignored. QUEUED and FAILED_RETRYING share a rank (a failed
 * send may be retried and fail again); CODED and REJECTED are final.
 */
public enum InvoiceStatus {
    ISSUED(0),
    QUEUED(1),
    FAILED_RETRYING(1),
    SENT(2),
    ACKNOWLEDGED(3),
    CODED(4),
    REJECTED(4);

    private final int rank;

    InvoiceStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean isFinal() {
        return rank == 4;
    }

    /** Whether moving from this state to {@code next} goes forward (never backwards, never out of a final state). */
    public boolean canMoveTo(InvoiceStatus next) {
        if (isFinal()) {
            return false;
        }
        return next.rank > rank || (next.rank == rank && next != this);
    }
}
