package vn.counterdesk.card.lds.dg14;

/** DG14 (or EF.CardAccess) is not a well-formed SET OF SecurityInfo. */
public final class SecurityInfosParseException extends Exception {

    public SecurityInfosParseException(String message) {
        super(message);
    }

    public SecurityInfosParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
