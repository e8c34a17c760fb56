package vn.counterdesk.sync.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * The sync state for the UI and {@code sync status}: {@code queued} = ISSUED + QUEUED, {@code sent}
 * = SENT + ACKNOWLEDGED (with the upstream, no result yet), {@code failing} = FAILED_RETRYING.
 * {@code alarm} is raised when the oldest unsynced invoice is older than the configured limit.
 */
public record SyncStatusReport(
        long queued,
        long sent,
        long coded,
        long rejected,
        long failing,
        Optional<Duration> oldestUnsyncedAge,
        boolean alarm,
        Optional<CircuitBreaker.State> upstream,
        long forgedAnswersRejected) {

    /** {@code upstream} is empty when no engine runs (e.g. {@code sync status} read from the database). */
    public static SyncStatusReport of(
            SyncCounts counts,
            java.time.Instant now,
            Duration alarmAfter,
            Optional<CircuitBreaker.State> upstream,
            long forgedAnswersRejected) {
        Optional<Duration> age = counts.oldestUnsyncedSince().map(since -> Duration.between(since, now));
        return new SyncStatusReport(
                counts.count(SyncStatus.ISSUED) + counts.count(SyncStatus.QUEUED),
                counts.count(SyncStatus.SENT) + counts.count(SyncStatus.ACKNOWLEDGED),
                counts.count(SyncStatus.CODED),
                counts.count(SyncStatus.REJECTED),
                counts.count(SyncStatus.FAILED_RETRYING),
                age,
                age.map(a -> a.compareTo(alarmAfter) > 0).orElse(false),
                upstream,
                forgedAnswersRejected);
    }

    /** Nothing left to do: every invoice is CODED or REJECTED. */
    public boolean drained() {
        return queued == 0 && sent == 0 && failing == 0;
    }
}
