package vn.counterdesk.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.counterdesk.testkit.time.SettableClock;

class SignInThrottleTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void threeWrongPasswordsThenEachAttemptWaitsTwiceAsLong() {
        assertThat(throttle.failed("lan")).isEqualTo(2);
        assertThat(throttle.failed("lan")).isEqualTo(1);
        assertThat(throttle.waitBefore("lan")).as("still free").isEmpty();
        assertThat(throttle.failed("LAN ")).as("same login, other spelling").isZero();
        assertThat(throttle.waitBefore("lan")).contains(Duration.ofSeconds(5));
        assertThat(throttle.waitBefore("minh"))
                .as("other clerks are not slowed")
                .isEmpty();

        clock.advance(java.time.Duration.ofSeconds(5));
        assertThat(throttle.waitBefore("lan")).isEmpty();
        throttle.failed("lan");
        assertThat(throttle.waitBefore("lan")).contains(Duration.ofSeconds(10));
    }

    @Test
    void theWaitIsCappedAndARightPasswordClearsIt() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("lan");
        }
        assertThat(throttle.waitBefore("lan")).contains(Duration.ofMinutes(5));
        throttle.succeeded("lan");
        assertThat(throttle.waitBefore("lan")).isEmpty();
        assertThat(throttle.failed("lan")).isEqualTo(2);
    }
}
