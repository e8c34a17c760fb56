package vn.counterdesk.store.db;

/** What the migration runner found and did when the store opened. */
public sealed interface SchemaStatus {
    /** The schema is at {@code version}; {@code applied} scripts ran during this start. */
    record Current(int version, int applied) implements SchemaStatus {}

    /** The file was written by a newer CounterDesk: refuse to touch it. */
    record TooNew(int databaseVersion, int knownVersion) implements SchemaStatus {}

    /** An applied script differs from the one this build ships: the schema cannot be trusted. */
    record ChecksumMismatch(int version, String name) implements SchemaStatus {}
}
