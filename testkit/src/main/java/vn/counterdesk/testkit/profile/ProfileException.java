package vn.counterdesk.testkit.profile;

/**
 * A card profile that cannot be read or is inconsistent. The message names the field, never its
 * value (profiles carry personal data, even if synthetic).
 */
public final class ProfileException extends Exception {

    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
