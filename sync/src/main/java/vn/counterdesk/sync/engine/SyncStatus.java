package vn.counterdesk.sync.engine;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an invoice stands with the upstream. Status only moves forward ({@link #canMoveTo}); the one
 * loop is SENT ⇄ FAILED_RETRYING while a submission has no acknowledgement. CODED and REJECTED are
 * final, so a late or duplicate answer can never move an invoice back.
 */
public enum SyncStatus {
    /** Issued and signed locally; no envelope yet. */
    ISSUED,
    /** Envelope built, {@code MTDiep} fixed for every resend. */
    QUEUED,
    /** Put on the wire; no 999 yet. */
    SENT,
    /** The last attempt failed in transport; retried with backoff under the same {@code MTDiep}. */
    FAILED_RETRYING,
    /** 999 without error: the upstream holds the invoice; waiting for 202/204. */
    ACKNOWLEDGED,
    /** 202 verified: {@code MCCQT} and the returned XML stored. */
    CODED,
    /** 204 (or a 999 with errors): the errors are stored; a corrected invoice needs a new message. */
    REJECTED;

    public boolean isFinal() {
        return this == CODED || this == REJECTED;
    }

    public boolean canMoveTo(SyncStatus next) {
        return switch (this) {
            case ISSUED -> next == QUEUED;
            case QUEUED -> next != ISSUED && next != QUEUED;
            case SENT -> next == FAILED_RETRYING || next == ACKNOWLEDGED || next.isFinal();
            case FAILED_RETRYING -> next == SENT || next == ACKNOWLEDGED || next.isFinal();
            case ACKNOWLEDGED -> next.isFinal();
            case CODED, REJECTED -> false;
        };
    }

    /** The statuses from which {@code next} may be reached. */
    public static Set<SyncStatus> allowedBefore(SyncStatus next) {
        Set<SyncStatus> from = EnumSet.noneOf(SyncStatus.class);
        Arrays.stream(values()).filter(s -> s.canMoveTo(next)).forEach(from::add);
        return from;
    }
}
