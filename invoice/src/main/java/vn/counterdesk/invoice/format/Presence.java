package vn.counterdesk.invoice.format;

/** The constraint column of the format tables: R, C ("required if applicable"), O. */
public enum Presence {
    REQUIRED,
    CONDITIONAL,
    OPTIONAL;

    public boolean mandatory() {
        return this == REQUIRED;
    }
}
