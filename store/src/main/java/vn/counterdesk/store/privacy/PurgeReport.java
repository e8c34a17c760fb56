package vn.counterdesk.store.privacy;

/** What a retention purge removed. */
public record PurgeReport(int cardReadsDeleted, int photosDeleted) {}
