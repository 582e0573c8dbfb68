package dev.tailor.pipeline;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where a run's log, its JSON summary and the latest summary go, under the output folder:
 * {@code logs/run-<start>.log}, {@code logs/run-<id>.json} and {@code last-run.json}.
 *
 * <p>The log file is named by the start time because the run id (the job instance id) is only known once Spring
 * and the job repository are up, after logging has been set up; the JSON summary names the log file.
 *
 * @param log the log file of this launch
 */
public record RunLogFile(Path log) {
    static final String LOGS = "logs";
    static final String LAST_RUN = "last-run.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The log file of a run launched at {@code now} writing to {@code out}. */
    static RunLogFile of(Path out, LocalDateTime now) {
        return new RunLogFile(out.resolve(LOGS).resolve("run-" + now.format(STAMP) + ".log"));
    }

    /** The JSON summary of run {@code runId}. */
    static Path summary(Path out, long runId) {
        return out.resolve(LOGS).resolve("run-" + runId + ".json");
    }
}
