package dev.tailor.fetch;

import java.time.Duration;

/** Waits for a while; injected so that tests check back-off and politeness without really waiting. */
@FunctionalInterface
public interface Sleeper {
    /** The real one. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
