package dev.tailor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Waits between requests to one host, and the back-off between tries. */
class PolitenessTest {
    private final FakeTime time = new FakeTime();

    @Test
    void aSecondRequestToTheSameHostWaitsForTheDelay() throws Exception {
        HostPacer pacer = new HostPacer(time, time, Duration.ofSeconds(1));

        pacer.await("jobs.example.com");
        time.advance(Duration.ofMillis(300));
        pacer.await("JOBS.example.com");

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(700));
    }

    @Test
    void requestsToDifferentHostsDoNotWaitForEachOther() throws Exception {
        HostPacer pacer = new HostPacer(time, time, Duration.ofSeconds(1));

        pacer.await("a.example.com");
        pacer.await("b.example.com");

        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aRequestAfterTheDelayHasPassedDoesNotWait() throws Exception {
        HostPacer pacer = new HostPacer(time, time, Duration.ofSeconds(1));

        pacer.await("a.example.com");
        time.advance(Duration.ofSeconds(2));
        pacer.await("a.example.com");

        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void backOffDoublesUpToTheMaximum() {
        RetryDelays delays = new RetryDelays(time, Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertThat(delays.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(delays.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(delays.backoff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(delays.backoff(10)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void anUnreadableRetryAfterIsIgnored() {
        RetryDelays delays = new RetryDelays(time, Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertThat(delays.retryAfter("soon")).isNull();
        assertThat(delays.retryAfter("-3")).isNull();
        assertThat(delays.retryAfter("Sat, 28 Nov 2026 11:00:00 GMT")).isEqualTo(Duration.ZERO);
    }
}
