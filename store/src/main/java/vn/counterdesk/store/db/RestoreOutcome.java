package vn.counterdesk.store.db;

/** Result of restoring a backup into the running store. */
public sealed interface RestoreOutcome {
    record Restored(int schemaVersion) implements RestoreOutcome {}

    /** The file is not a CounterDesk store (or is damaged). Nothing was changed. */
    record NotABackup() implements RestoreOutcome {}

    /** The backup comes from a newer CounterDesk. Nothing was changed. */
    record TooNew(int backupVersion, int knownVersion) implements RestoreOutcome {}

    /** The backup was made under other keys; restoring it would make its data unreadable. Nothing was changed. */
    record OtherKeys() implements RestoreOutcome {}
}
