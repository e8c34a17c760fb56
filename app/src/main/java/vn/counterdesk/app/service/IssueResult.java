package vn.counterdesk.app.service;

import java.math.BigDecimal;
import java.nio.file.Path;

/** How issuing ended. */
public sealed interface IssueResult {

    record Issued(long invoiceId, String symbol, long number, BigDecimal payable, Path pdf) implements IssueResult {}

    /** Nothing was stored and no number was used. */
    record NotIssued(Reason reason) implements IssueResult {}

    enum Reason {
        NO_LINES,
        /** A replacement or adjustment needs its reason (it goes into the reference's note). */
        NO_REASON,
        INVALID_INVOICE,
        SIGNING_FAILED,
        STORAGE_FAILED
    }
}
