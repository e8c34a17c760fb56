package vn.counterdesk.store.db;

/**
 * An infrastructure failure of the store (I/O error, corrupt file, lock timeout, a ciphertext that does not
 * authenticate). Expected outcomes (wrong passphrase, too-new schema, a duplicate answer) are returned as values
 * instead. Messages never carry personal data.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
