package vn.counterdesk.store.outbox;

import java.time.Instant;
import java.util.List;
import vn.counterdesk.store.invoice.InvoiceStatus;

/** What one sync attempt (or one answer of the tax authority) says about an invoice. */
public sealed interface AttemptOutcome {
    /** The status this outcome moves the invoice to, when that is forward. */
    InvoiceStatus target();

    /** The message was delivered; check for the answer at {@code nextCheck}. */
    record Sent(Instant nextCheck) implements AttemptOutcome {
        public InvoiceStatus target() {
            return InvoiceStatus.SENT;
        }
    }

    /** Technical acknowledgement (999, accepted); the code or rejection follows. */
    record Acknowledged(Instant nextCheck) implements AttemptOutcome {
        public InvoiceStatus target() {
            return InvoiceStatus.ACKNOWLEDGED;
        }
    }

    /** Tax authority code granted (202): the returned XML is now the legal invoice. */
    record Coded(String authorityCode, byte[] returnedXml) implements AttemptOutcome {
        public InvoiceStatus target() {
            return InvoiceStatus.CODED;
        }
    }

    /** Rejected (204 / 999 refused) with the authority's error list. */
    record Rejected(List<String> errors) implements AttemptOutcome {
        public InvoiceStatus target() {
            return InvoiceStatus.REJECTED;
        }
    }

    /** The attempt failed (network, timeout, upstream down); retry the same bytes and MTDiep at {@code retryAt}. */
    record Failed(String detail, Instant retryAt) implements AttemptOutcome {
        public InvoiceStatus target() {
            return InvoiceStatus.FAILED_RETRYING;
        }
    }
}
