package vn.counterdesk.sync.engine;

import java.time.Duration;

/**
 * Tuning of the engine. {@code submitLease}: how long a claimed submission is considered in flight
 * (a process killed mid-send is retried after it); {@code answerTimeout}: after a 999, how long to
 * wait for the 202/204 before resending the same message (the upstream deduplicates by MTDiep);
 * {@code unsyncedAlarm}: the age of the oldest unsynced invoice that raises the alarm.
 */
public record SyncSettings(
        int concurrency,
        int batchSize,
        int answerPageSize,
        Duration pollInterval,
        Duration submitLease,
        Duration answerTimeout,
        Backoff backoff,
        int breakerThreshold,
        Duration breakerCoolDown,
        Duration unsyncedAlarm) {

    public SyncSettings {
        if (concurrency < 1 || batchSize < 1 || answerPageSize < 1) {
            throw new IllegalArgumentException("concurrency, batch size and page size must be positive");
        }
    }

    /** Production defaults: gentle on the T-VAN, alarm after 12 hours without sync. */
    public static SyncSettings defaults() {
        return new SyncSettings(
                4,
                200,
                200,
                Duration.ofSeconds(5),
                Duration.ofMinutes(2),
                Duration.ofMinutes(10),
                new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10)),
                5,
                Duration.ofSeconds(60),
                Duration.ofHours(12));
    }
}
