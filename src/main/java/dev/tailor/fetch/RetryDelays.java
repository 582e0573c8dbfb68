package dev.tailor.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * How long to wait before the next try: the server's Retry-After when it gives one (in seconds or as an
 * HTTP date), otherwise exponential back-off from the first delay, never more than the maximum.
 */
final class RetryDelays {
    private final Clock clock;
    private final Duration first;
    private final Duration max;

    RetryDelays(Clock clock, Duration first, Duration max) {
        this.clock = clock;
        this.first = first;
        this.max = max;
    }

    /** Exponential back-off after the given failed attempt (1 for the first): first, 2 x first, 4 x first ... */
    Duration backoff(int attempt) {
        Duration delay = first;
        for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** The wait a Retry-After header asks for, or null when there is none or it cannot be read. */
    @Nullable Duration retryAfter(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** The longest wait tailor accepts. */
    Duration max() {
        return max;
    }
}
