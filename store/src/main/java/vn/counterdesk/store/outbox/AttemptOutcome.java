package vn.counterdesk.store.outbox;

import java.time.Instant;
import java.util.List;

/** What one sync attempt (or one answer of the tax authority) says about an invoice. */
public sealed interface AttemptOutcome {
    InvoiceStatusTarget target();

    /** The message was delivered; check for the answer at {@code nextCheck}. */
    record Sent(Instant nextCheck) implements AttemptOutcome {
        public InvoiceStatusTarget target() {
            return InvoiceStatusTarget.SENT;
        }
    }

    /** Technical acknowledgement (999, accepted); the code or rejection follows. */
    record Acknowledged(Instant nextCheck) implements AttemptOutcome {
        public InvoiceStatusTarget target() {
            return InvoiceStatusTarget.ACKNOWLEDGED;
        }
    }

    /** Tax authority code granted (202): the returned XML is now the legal invoice. */
    record Coded(String authorityCode, byte[] returnedXml) implements AttemptOutcome {
        public InvoiceStatusTarget target() {
            return InvoiceStatusTarget.CODED;
        }
    }

    /** Rejected (204 / 999 refused) with the authority's error list. */
    record Rejected(List<String> errors) implements AttemptOutcome {
        public InvoiceStatusTarget target() {
            return InvoiceStatusTarget.REJECTED;
        }
    }

    /** The attempt failed (network, timeout, upstream down); retry the same bytes and MTDiep at {@code retryAt}. */
    record Failed(String detail, Instant retryAt) implements AttemptOutcome {
        public InvoiceStatusTarget target() {
            return InvoiceStatusTarget.FAILED_RETRYING;
        }
    }

    /** The status an outcome aims at (mirrors the invoice statuses it may produce). */
    enum InvoiceStatusTarget {
        SENT,
        ACKNOWLEDGED,
        CODED,
        REJECTED,
        FAILED_RETRYING
    }
}
