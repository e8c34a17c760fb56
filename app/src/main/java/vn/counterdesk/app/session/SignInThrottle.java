package vn.counterdesk.app.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing at the counter: after {@link #FREE_ATTEMPTS} wrong passwords for a login, each
 * further attempt waits twice as long as the last (5 s, 10 s, … up to 5 min). A right password clears the count.
 */
public final class SignInThrottle {

    public static final int FREE_ATTEMPTS = 3;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private final Clock clock;
    private final Map<String, Failures> failures = new HashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the clerk must still wait before this login may be tried again; empty when it may be tried now. */
    public synchronized Optional<Duration> waitBefore(String login) {
        Failures seen = failures.get(key(login));
        if (seen == null || seen.blockedUntil().isEmpty()) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), seen.blockedUntil().get());
        return left.isPositive() ? Optional.of(left) : Optional.empty();
    }

    /** Records a wrong password; returns how many attempts are left before the waiting starts (0 when it has). */
    public synchronized int failed(String login) {
        Failures seen = failures.getOrDefault(key(login), new Failures(0, Optional.empty()));
        int count = seen.count() + 1;
        Optional<Instant> blockedUntil = Optional.empty();
        if (count >= FREE_ATTEMPTS) {
            long doublings = Math.min(count - FREE_ATTEMPTS, 6);
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            blockedUntil = Optional.of(clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
        }
        failures.put(key(login), new Failures(count, blockedUntil));
        return Math.max(0, FREE_ATTEMPTS - count);
    }

    public synchronized void succeeded(String login) {
        failures.remove(key(login));
    }

    private static String key(String login) {
        return login.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private record Failures(int count, Optional<Instant> blockedUntil) {}
}
