package vn.counterdesk.card.access;

/**
 * The clerk's input cannot become an access key. {@link #field()} names the field (e.g.
 * {@code idNumber}, {@code mrz.dateOfBirth}, {@code qr.dateOfBirth}); the message says what is wrong
 * without repeating the input, which is personal data.
 */
public final class InvalidAccessInputException extends Exception {

    private final String field;

    public InvalidAccessInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
