package vn.counterdesk.card.lds.sod;

/** EF.SOD is not a well-formed ICAO security object. The message names the structure, never content. */
public final class SodParseException extends Exception {

    public SodParseException(String message) {
        super(message);
    }

    public SodParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
