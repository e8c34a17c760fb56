package vn.counterdesk.sync.tdiep;

/**
 * The only exception the TDiep reader throws: the input is not an acceptable message. The message
 * names the element at fault, never its content (answers carry personal data).
 */
public final class TDiepParseException extends Exception {

    /** What was wrong, for callers that react differently (e.g. count forged vs. garbled answers). */
    public enum Reason {
        TOO_LARGE,
        NOT_WELL_FORMED,
        DOCTYPE_FORBIDDEN,
        WRONG_STRUCTURE,
        MISSING_ELEMENT,
        INVALID_VALUE
    }

    private final Reason reason;

    public TDiepParseException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public TDiepParseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
