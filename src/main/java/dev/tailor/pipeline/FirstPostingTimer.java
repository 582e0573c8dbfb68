package dev.tailor.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs, once per process, how long after the process started the first posting was done: the start-up cost a
 * person waits through on every run (JVM, Spring, H2, the job repository, loading the taxonomy and templates).
 * The benchmark reads this line. The start is the operating system's, so the JVM's own boot counts too.
 */
final class FirstPostingTimer {
    static final String MESSAGE = "first posting done {} s after the process started ({} s of CPU on all its threads)";
    private static final Logger LOG = LoggerFactory.getLogger(FirstPostingTimer.class);
    private static final AtomicBoolean LOGGED = new AtomicBoolean();

    private FirstPostingTimer() {
    }

    /** Called for every posting done; logs only the first of the process. */
    static void postingDone() {
        if (LOGGED.compareAndSet(false, true)) {
            ProcessHandle.Info process = ProcessHandle.current().info();
            // CPU beside wall time: on a busy machine the wall time says little, the CPU spent still compares
            process.startInstant().ifPresent(start -> LOG.info(MESSAGE,
                    seconds(Duration.between(start, Instant.now())),
                    process.totalCpuDuration().map(FirstPostingTimer::seconds).orElse("?")));
        }
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f", duration.toMillis() / 1000.0);
    }
}
