package dev.tailor.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.springframework.scheduling.support.CronExpression;

/**
 * Calls a job at every firing of a cron expression, one call at a time, until {@link #stop()} is called.
 *
 * <p>The next firing is computed after each call ends, so a run longer than the interval never piles up runs:
 * the firings it overlapped are skipped. A call that fails (non-zero code or an exception) is logged and the
 * next firing still happens: one bad night must not end the schedule. A stop request wakes the wait at once;
 * a call in progress is never interrupted (see {@link ScheduleCommand} for why).
 */
final class CronSchedule {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CronExpression cron;
    private final Clock clock;
    private final IntSupplier job;
    private final Consumer<String> log;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * @param job runs the job once and returns its exit code
     * @param log where the schedule says what it does (one line each)
     */
    CronSchedule(CronExpression cron, Clock clock, IntSupplier job, Consumer<String> log) {
        this.cron = cron;
        this.clock = clock;
        this.job = job;
        this.log = log;
    }

    /** Runs until {@link #stop()} is called (or the expression has no further firing). */
    void run() {
        try {
            while (!stopRequested()) {
                ZonedDateTime now = ZonedDateTime.now(clock);
                ZonedDateTime next = cron.next(now);
                if (next == null) {
                    log.accept("the schedule has no further firing; stopping");
                    return;
                }
                log.accept("next run at " + next.format(WHEN));
                if (waitUntil(next)) {
                    return;
                }
                fire();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }

    /**
     * Waits until {@code when}; true when a stop was requested meanwhile. A timed wait may end a little early (timer
     * slack), and a run started before its firing time would not be counted as that firing: wait out the rest.
     */
    private boolean waitUntil(ZonedDateTime when) throws InterruptedException {
        long millis;
        while ((millis = Duration.between(ZonedDateTime.now(clock), when).toMillis()) > 0) {
            if (stopRequested.await(millis, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return stopRequested();
    }

    private void fire() {
        log.accept("run starting");
        try {
            int code = job.getAsInt();
            log.accept(code == ExitCode.DONE ? "run ended: done" : "run ended with exit code " + code
                    + "; the schedule goes on");
        } catch (RuntimeException | Error e) {
            // Errors included: an OutOfMemoryError in one run should not silently end every later night.
            log.accept("run broke: " + e + "; the schedule goes on");
        }
    }

    /** Asks the schedule to end: at once while it waits, after the run in progress otherwise. */
    void stop() {
        stopRequested.countDown();
    }

    /** Waits until {@link #run()} has returned; true when it did within the timeout. */
    boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private boolean stopRequested() {
        return stopRequested.getCount() == 0;
    }
}
