package vn.counterdesk.pcsc;

import java.time.Duration;
import java.util.List;

/** Retry delays while the PC/SC service is away (pcsc.md §4.3): 0.5, 1, 2, 4, 8 s, then every 10 s. */
final class Backoff {

    static final List<Duration> STANDARD = List.of(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(10));

    private final List<Duration> steps;
    private int failures;

    Backoff(List<Duration> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("at least one delay");
        }
        this.steps = List.copyOf(steps);
    }

    /** Counts one more failure and returns how long to wait before the next attempt. */
    Duration next() {
        Duration delay = steps.get(Math.min(failures, steps.size() - 1));
        failures++;
        return delay;
    }

    /** Consecutive failures since the last success. */
    int failures() {
        return failures;
    }

    void reset() {
        failures = 0;
    }
}
