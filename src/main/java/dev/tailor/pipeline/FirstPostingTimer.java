package dev.tailor.pipeline;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs, once per process, how long after the process started the first posting was done: the start-up cost a
 * person waits through on every run (JVM, Spring, H2, the job repository, loading the taxonomy and templates).
 * The benchmark reads this line. The start is the operating system's, so the JVM's own boot counts too. The line
 * names the JVM's garbage collectors and maximum heap as well: they decide a run's memory (scripts/tailor chooses
 * the serial collector, {@code java -jar} gets the JVM's choice), and a measurement is read with them.
 */
final class FirstPostingTimer {
    static final String MESSAGE = "first posting done {} s after the process started ({} s of CPU on all its threads;"
            + " garbage collectors {}, heap at most {} MB)";
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
                    process.totalCpuDuration().map(FirstPostingTimer::seconds).orElse("?"), collectors(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        }
    }

    /** "Copy + MarkSweepCompact" for the serial collector, "G1 Young Generation + G1 Old Generation" for G1. */
    static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(" + "));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f", duration.toMillis() / 1000.0);
    }
}
