package vn.counterdesk.sync.engine;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": the n-th retry waits between half and all of
 * {@code min(max, base·2^(n-1))}. The jitter spreads the retries of many invoices (and many
 * counters) after an outage, so they do not hit the recovering upstream at the same instant.
 */
public record Backoff(Duration base, Duration max) {

    public Backoff {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= max");
        }
    }

    public Duration delay(int attempt, RandomGenerator random) {
        int exponent = Math.clamp(attempt - 1, 0, 30);
        long cap = Math.min(max.toMillis(), base.toMillis() * (1L << exponent));
        long half = cap / 2;
        return Duration.ofMillis(half + random.nextLong(cap - half + 1));
    }
}
