package vn.counterdesk.app.config;

/**
 * Bad input from a file or option (exit code 2). The message names the field (e.g. {@code seller.taxCode}) and
 * never echoes the value, which may be personal data or a secret.
 */
public final class BadInput extends Exception {

    private final String field;

    public BadInput(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
