package vn.counterdesk.store;

import java.time.Duration;

/**
 * Business settings of the store.
 *
 * @param storePhotos keep the DG2 face image with the person (off unless the business needs it)
 * @param messageSenderCode the {@code MNGui} prefix of outbox message ids (MTDiep = MNGui + 32 hex digits)
 * @param cardReadRetention card reads older than this are purged
 * @param photoRetention photos older than this are purged even when photos are stored
 * @param invoiceRetentionYears legal archive duration of invoices (10 years)
 * @param connections size of the connection pool
 */
public record StoreSettings(
        boolean storePhotos,
        String messageSenderCode,
        Duration cardReadRetention,
        Duration photoRetention,
        int invoiceRetentionYears,
        int connections) {

    public static StoreSettings defaults() {
        return new StoreSettings(false, "K0000000000", Duration.ofDays(90), Duration.ofDays(30), 10, 4);
    }

    public StoreSettings withStorePhotos(boolean enabled) {
        return new StoreSettings(
                enabled, messageSenderCode, cardReadRetention, photoRetention, invoiceRetentionYears, connections);
    }

    public StoreSettings withRetention(Duration cardReads, Duration photos) {
        return new StoreSettings(storePhotos, messageSenderCode, cardReads, photos, invoiceRetentionYears, connections);
    }
}
