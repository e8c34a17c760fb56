package vn.counterdesk.card.lds.dg15;

/** DG15 is not a well-formed Active Authentication public key. */
public final class Dg15ParseException extends Exception {

    public Dg15ParseException(String message) {
        super(message);
    }

    public Dg15ParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
