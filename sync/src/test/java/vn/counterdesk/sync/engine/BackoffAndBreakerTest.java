package vn.counterdesk.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.counterdesk.testkit.time.SettableClock;

class BackoffAndBreakerTest {

    @Test
    void backoffGrowsExponentiallyWithJitterAndIsCapped() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10));
        SplittableRandom random = new SplittableRandom(1);

        for (int i = 0; i < 200; i++) {
            assertThat(backoff.delay(1, random)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
            assertThat(backoff.delay(4, random)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(16));
            assertThat(backoff.delay(40, random)).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(10));
        }
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> backoff.delay(6, random))
                .distinct()
                .count();
        assertThat(distinct).as("jitter spreads retries").isGreaterThan(40);
    }

    @Test
    void breakerOpensAfterConsecutiveFailuresAndLetsOneProbeThroughAfterCoolDown() {
        SettableClock clock = new SettableClock(Instant.parse("2026-11-27T03:00:00Z"));
        CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);

        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.tryAcquire()).isFalse();

        clock.advance(Duration.ofSeconds(31));
        assertThat(breaker.tryAcquire()).as("the probe").isTrue();
        assertThat(breaker.tryAcquire()).as("only one probe").isFalse();
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);

        clock.advance(Duration.ofSeconds(31));
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
