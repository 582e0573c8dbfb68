package dev.tailor.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs, once per process, how long after the process started the first posting was done: the start-up cost a
 * person waits through on every run (JVM, Spring, H2, the job repository, loading the taxonomy and templates).
 * The benchmark reads this line. The start is the operating system's, so the JVM's own boot counts too.
 */
final class FirstPostingTimer {
    static final String MESSAGE = "first posting done {} s after the process started";
    private static final Logger LOG = LoggerFactory.getLogger(FirstPostingTimer.class);
    private static final AtomicBoolean LOGGED = new AtomicBoolean();

    private FirstPostingTimer() {
    }

    /** Called for every posting done; logs only the first of the process. */
    static void postingDone() {
        if (LOGGED.compareAndSet(false, true)) {
            processStart().ifPresent(start -> LOG.info(MESSAGE,
                    String.format(Locale.ROOT, "%.2f", Duration.between(start, Instant.now()).toMillis() / 1000.0)));
        }
    }

    private static Optional<Instant> processStart() {
        return ProcessHandle.current().info().startInstant();
    }
}
