package vn.counterdesk.pcsc;

/**
 * A transport failure between the terminal and the card. Subclasses name the cases the UI reacts
 * to differently; status words are never reported through this type.
 */
public class CardIoException extends Exception {

    public CardIoException(String message) {
        super(message);
    }

    public CardIoException(String message, Throwable cause) {
        super(message, cause);
    }
}
