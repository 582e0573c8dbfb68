package dev.tailor.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Keeps at least a set time between two requests to the same host, so tailor never hammers a site. */
final class HostPacer {
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration delay;
    private final Map<String, Instant> lastRequest = new HashMap<>();

    HostPacer(Clock clock, Sleeper sleeper, Duration delay) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.delay = delay;
    }

    /** Waits until a request to {@code host} is due, and counts it as made now. */
    void await(String host) throws InterruptedException {
        String key = host.toLowerCase(Locale.ROOT);
        Instant last = lastRequest.get(key);
        if (last != null) {
            Duration wait = Duration.between(clock.instant(), last.plus(delay));
            if (!wait.isNegative() && !wait.isZero()) {
                sleeper.sleep(wait);
            }
        }
        lastRequest.put(key, clock.instant());
    }
}
