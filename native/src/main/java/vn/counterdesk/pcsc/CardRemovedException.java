package vn.counterdesk.pcsc;

/** The card left the reader (or was reset) during a session: session keys are gone. */
public class CardRemovedException extends CardIoException {

    public CardRemovedException(String message) {
        super(message);
    }

    public CardRemovedException(String message, Throwable cause) {
        super(message, cause);
    }
}
