package vn.counterdesk.store;

/** Result of opening the store: either a usable store or the reason it cannot be used. */
public sealed interface StoreOpening {
    record Opened(CounterStore store) implements StoreOpening {}

    /** The key provider's secret (passphrase) does not open this store's keys. */
    record WrongKey() implements StoreOpening {}

    /** The file was written by a newer CounterDesk (schema {@code databaseVersion}); it was not touched. */
    record SchemaTooNew(int databaseVersion, int knownVersion) implements StoreOpening {}

    /** An applied migration script differs from this build's: the schema is not the one this code expects. */
    record SchemaTampered(int version, String name) implements StoreOpening {}
}
