package dev.tailor.cli;

import dev.tailor.pipeline.PipelineLauncher;
import dev.tailor.pipeline.RunInputs;
import dev.tailor.pipeline.RunLock;
import dev.tailor.pipeline.RunSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;

/**
 * One run of the job, exactly as {@code tailor run} does it and as every {@code schedule} firing does it:
 * validate the settings and inputs (nothing written when they are wrong), take the database's {@link RunLock},
 * launch. One class, so that the two commands cannot drift apart.
 */
final class LockedRun {
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final PipelineLauncher launcher;

    LockedRun(PrintStream out, PrintStream err, Clock clock, PipelineLauncher launcher) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.launcher = launcher;
    }

    /**
     * Runs the job once and returns the exit code: 0 done, 1 failed, 3 another process holds the lock.
     *
     * @throws UsageException when the job file, a flag, the profile or a template is invalid (exit 2)
     */
    int execute(Arguments arguments) throws UsageException {
        RunSettings settings = JobSettings.resolve(arguments);
        RunInputs inputs = new InputsLoader(clock).load(settings);
        RunLock lock;
        try {
            lock = RunLock.tryAcquire(settings.db());
        } catch (IOException e) {
            throw new UsageException("cannot use the database folder of " + settings.db() + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            err.println("tailor: another tailor run is using the database " + settings.db()
                    + " (lock " + RunLock.lockFile(settings.db()) + "); nothing was touched. Try again when it ends.");
            return ExitCode.LOCKED;
        }
        try (lock) {
            return launcher.launch(settings, inputs, out, err);
        }
    }
}
