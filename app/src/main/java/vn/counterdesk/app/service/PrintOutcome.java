package vn.counterdesk.app.service;

/** How a print request ended; each case is something the clerk is told in plain words. */
public sealed interface PrintOutcome {

    /** The job went to {@code printer}. */
    record Printed(String printer, int pages) implements PrintOutcome {}

    /** The computer knows no printer at all. */
    record NoPrinter() implements PrintOutcome {}

    /** The clerk closed the print dialog. */
    record Cancelled() implements PrintOutcome {}

    /** The print system refused the job; {@code kind} names the error type only (no document content). */
    record Failed(String kind) implements PrintOutcome {}
}
