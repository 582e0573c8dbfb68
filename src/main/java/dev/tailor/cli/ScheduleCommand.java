package dev.tailor.cli;

import dev.tailor.pipeline.RunSettings;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code tailor schedule [JOB.yaml]}: stays up and runs the job at every firing of the job file's
 * {@code schedule}, each firing exactly like {@code tailor run} (same validation, same lock, same launch).
 *
 * <p>Each firing reads the job file, profile and templates again, so edits made during the day are used at
 * night without restarting the schedule; a firing whose configuration has become invalid is logged and skipped.
 * A firing that finds the database locked by another process is skipped too (exit 3, logged).
 *
 * <p>On SIGTERM (or Ctrl-C) the schedule stops: at once when it is waiting; when a run is in progress, that run
 * is finished first. Finishing rather than stopping mid-run keeps one night's letters and workbook consistent;
 * a process killed anyway (e.g. by a service manager's stop timeout) loses nothing, since the next run recovers
 * and finishes the interrupted one.
 */
final class ScheduleCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final LockedRun run;

    ScheduleCommand(PrintStream out, PrintStream err, Clock clock, LockedRun run) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.run = run;
    }

    int execute(Arguments arguments) throws UsageException {
        CronSchedule schedule = prepare(arguments);
        Thread stopper = new Thread(() -> {
            say("stopping on request; a run in progress is finished first");
            schedule.stop();
            try {
                schedule.awaitStopped(Duration.ofDays(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tailor-schedule-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            schedule.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook is running and waits for us
            }
        }
        say("schedule stopped");
        return ExitCode.DONE;
    }

    /**
     * Checks the job file's schedule and the whole configuration now (a typo should fail at start, not at 02:30),
     * and returns the schedule, not yet started.
     */
    CronSchedule prepare(Arguments arguments) throws UsageException {
        JobFile job = JobSettings.jobFile(arguments);
        String expression = job.schedule();
        if (expression == null) {
            throw new UsageException("no schedule: add a six-field cron expression such as schedule: \"0 30 2 * * *\" to "
                    + (job.file() == null ? "a job file" : job.file().toString()));
        }
        CronExpression cron;
        try {
            cron = CronExpression.parse(expression);
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid schedule '" + expression + "': " + e.getMessage(), e);
        }
        RunSettings settings = JobSettings.resolve(arguments);
        new InputsLoader(clock).load(settings);
        say("schedule '" + expression + "' from " + job.file() + "; database " + settings.db()
                + "; stop with SIGTERM or Ctrl-C");
        return new CronSchedule(cron, clock, () -> fire(arguments), this::say);
    }

    private int fire(Arguments arguments) {
        try {
            return run.execute(arguments);
        } catch (UsageException e) {
            err.println("tailor: " + e.getMessage() + "; this run is skipped, the schedule goes on");
            return ExitCode.USAGE;
        }
    }

    private void say(String line) {
        out.println("tailor: [" + LocalDateTime.now(clock).format(CronSchedule.WHEN) + "] " + line);
        out.flush();
    }
}
