package vn.counterdesk.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void standardScheduleDoublesFromHalfASecondThenStaysAtTenSeconds() {
        Backoff backoff = new Backoff(Backoff.STANDARD);
        assertThat(IntStream.range(0, 8).mapToObj(i -> backoff.next()).map(Duration::toMillis))
                .containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 10000L, 10000L, 10000L);
        assertThat(backoff.failures()).isEqualTo(8);
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
    }
}
