package vn.counterdesk.sync.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops hammering an upstream that is down: after {@code threshold} consecutive transport failures
 * the breaker opens for {@code coolDown}; then one probe is let through (half-open) and its outcome
 * closes or re-opens the breaker.
 */
public final class CircuitBreaker {

    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant openUntil = Instant.MIN;
    private boolean probeInFlight;

    public CircuitBreaker(int threshold, Duration coolDown, Clock clock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    /** Whether a request may go out now; in half-open state only the first caller gets a yes. */
    public synchronized boolean tryAcquire() {
        return switch (state()) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (probeInFlight) {
                    yield false;
                }
                probeInFlight = true;
                yield true;
            }
        };
    }

    public synchronized void onSuccess() {
        consecutiveFailures = 0;
        openUntil = Instant.MIN;
        probeInFlight = false;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (probeInFlight || consecutiveFailures >= threshold) {
            openUntil = clock.instant().plus(coolDown);
        }
        probeInFlight = false;
    }

    public synchronized State state() {
        if (consecutiveFailures < threshold && openUntil.equals(Instant.MIN)) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openUntil) ? State.OPEN : State.HALF_OPEN;
    }

    /** When an open breaker lets the next probe through. */
    public synchronized Instant reopensAt() {
        return openUntil;
    }
}
