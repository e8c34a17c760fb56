package vn.counterdesk.sync.engine;

/** The sync database failed (disk full, file locked, corrupt): not an expected outcome. */
public final class SyncStorageException extends RuntimeException {

    public SyncStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
