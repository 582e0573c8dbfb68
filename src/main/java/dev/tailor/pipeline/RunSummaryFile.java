package dev.tailor.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the machine-readable summary of a run for monitoring: {@code logs/run-<id>.json} and a copy as
 * {@code last-run.json}, each replaced atomically so a monitor never reads half a file.
 *
 * <p>Fields: {@code run} (the run id, kept by a restart), {@code started}, {@code ended} (ISO local times of this
 * attempt), {@code duration_seconds}, {@code outcome} (COMPLETED, FAILED, STOPPED), {@code exit_code} (0 or 1),
 * {@code resumed} (this attempt finished an interrupted run), {@code counts} {read, processed, unchanged, skipped,
 * failed}, {@code changes} {new, changed, closed}, {@code failure} (the first error, or null) and {@code outputs}
 * {out, letters, workbook, postings, log} as absolute paths.
 */
public class RunSummaryFile {
    private final RunSettings settings;
    private final RunLogFile log;
    private final JsonMapper json;

    public RunSummaryFile(RunSettings settings, RunLogFile log, JsonMapper json) {
        this.settings = settings;
        this.log = log;
        this.json = json;
    }

    /**
     * A finished attempt of a run, as the summary reports it.
     *
     * @param step    Spring Batch's counts of this attempt's postings step, or null when it did not run
     * @param failure the first error, or null
     */
    record Finished(long runId, LocalDateTime started, LocalDateTime ended, String outcome, boolean resumed,
            RunCounts counts, StepCounts step, PostingStore.Changes changes, String failure) {
    }

    /** Writes both files; returns the per-run one. */
    Path write(Finished run) throws IOException {
        Path out = settings.out().toAbsolutePath().normalize();
        ObjectNode root = json.createObjectNode();
        root.put("run", run.runId());
        root.put("started", run.started() == null ? null : run.started().toString());
        root.put("ended", run.ended().toString());
        root.put("duration_seconds", run.started() == null ? null
                : Duration.between(run.started(), run.ended()).toMillis() / 1000.0);
        root.put("outcome", run.outcome());
        root.put("exit_code", "COMPLETED".equals(run.outcome()) ? 0 : 1);
        root.put("resumed", run.resumed());
        root.putObject("counts")
                .put("read", run.counts().read())
                .put("processed", run.counts().processed())
                .put("unchanged", run.counts().unchanged())
                .put("skipped", run.counts().skipped())
                .put("failed", run.counts().failed());
        if (run.step() != null) {
            root.putObject("step")
                    .put("read", run.step().read())
                    .put("written", run.step().written())
                    .put("skipped", run.step().skipped())
                    .put("filtered", run.step().filtered())
                    .put("balanced", run.step().balanced());
        }
        root.putObject("changes")
                .put("new", run.changes().added())
                .put("changed", run.changes().changed())
                .put("closed", run.changes().closed());
        root.put("failure", run.failure());
        root.putObject("outputs")
                .put("out", out.toString())
                .put("letters", out.resolve("letters").toString())
                .put("workbook", out.resolve(ReportTasklet.WORKBOOK).toString())
                .put("postings", out.resolve(ReportTasklet.JSONL).toString())
                .put("log", log.log().toAbsolutePath().normalize().toString());
        byte[] bytes = (json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Path summary = RunLogFile.summary(out, run.runId());
        replace(summary, bytes);
        replace(out.resolve(RunLogFile.LAST_RUN), bytes);
        return summary;
    }

    private static void replace(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.write(temp, bytes);
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
