package dev.tailor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

/** The schedule loop alone, with a stand-in job and a cron that fires every second. */
class CronScheduleTest {
    private static final CronExpression EVERY_SECOND = CronExpression.parse("* * * * * *");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final List<String> log = new CopyOnWriteArrayList<>();
    private CronSchedule schedule;
    private Thread thread;

    @AfterEach
    void stop() throws InterruptedException {
        if (schedule != null) {
            schedule.stop();
            thread.join(PATIENCE.toMillis());
        }
    }

    @Test
    void failedRunIsLoggedAndTheNextRunStillHappens() throws Exception {
        CountDownLatch secondRun = new CountDownLatch(2);
        AtomicInteger calls = new AtomicInteger();
        start(() -> {
            secondRun.countDown();
            return calls.incrementAndGet() == 1 ? ExitCode.JOB_FAILED : ExitCode.DONE;
        });

        assertThat(secondRun.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        assertThat(log).contains("run ended with exit code 1; the schedule goes on");
    }

    @Test
    void runThatThrowsDoesNotEndTheSchedule() throws Exception {
        CountDownLatch secondRun = new CountDownLatch(2);
        start(() -> {
            secondRun.countDown();
            throw new IllegalStateException("boom");
        });

        assertThat(secondRun.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        assertThat(log).anySatisfy(line -> assertThat(line).contains("run broke", "boom", "the schedule goes on"));
    }

    @Test
    void stopEndsTheWaitAtOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        schedule = new CronSchedule(CronExpression.parse("0 0 0 1 1 *"), Clock.systemDefaultZone(),
                calls::incrementAndGet, log::add);
        thread = new Thread(schedule::run);
        thread.start();

        schedule.stop();

        assertThat(schedule.awaitStopped(Duration.ofSeconds(2))).isTrue();
        assertThat(calls).hasValue(0);
    }

    @Test
    void runInProgressIsFinishedBeforeTheScheduleStops() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        start(() -> {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return finished.incrementAndGet() - 1;
        });
        assertThat(running.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        schedule.stop();
        assertThat(schedule.awaitStopped(Duration.ofMillis(300))).isFalse();
        release.countDown();

        assertThat(schedule.awaitStopped(PATIENCE)).isTrue();
        assertThat(finished).hasValue(1);
    }

    private void start(IntSupplier job) {
        schedule = new CronSchedule(EVERY_SECOND, Clock.systemDefaultZone(), job, log::add);
        thread = new Thread(schedule::run, "schedule-under-test");
        thread.start();
    }
}
