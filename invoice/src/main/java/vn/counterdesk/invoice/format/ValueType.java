package vn.counterdesk.invoice.format;

/** Data types of the format tables (spec §1). */
public enum ValueType {
    STRING,
    /** Decimal: at most {@code maxLength} digits (without sign and point), at most {@code maxDecimals} after it. */
    NUMBER,
    /** {@code YYYY-MM-DD}, implicitly GMT+7. */
    DATE,
    /** {@code YYYY-MM-DDThh:mm:ss}, implicitly GMT+7, no offset. */
    DATE_TIME,
    /** An element with child elements. */
    GROUP
}
