package vn.counterdesk.sync.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** How many invoices are in each status, and when the oldest not-yet-final one was issued. */
public record SyncCounts(Map<SyncStatus, Long> byStatus, Optional<Instant> oldestUnsyncedSince) {

    public SyncCounts {
        byStatus = Map.copyOf(byStatus);
    }

    public long count(SyncStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
