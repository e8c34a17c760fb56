package vn.counterdesk.card.sm;

import vn.counterdesk.pcsc.CardIoException;

/**
 * The chip's response failed secure-messaging checks (bad MAC, missing status object, malformed
 * cryptogram). The session is unusable afterwards.
 */
public class SecureMessagingException extends CardIoException {

    public SecureMessagingException(String message) {
        super(message);
    }

    public SecureMessagingException(String message, Throwable cause) {
        super(message, cause);
    }
}
