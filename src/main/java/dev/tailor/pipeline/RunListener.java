package dev.tailor.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Opens and closes a run: sets its id and day, records it in the run history, and prints the summary line. */
public class RunListener implements JobExecutionListener {
    private final RunSettings settings;
    private final PostingStore postings;
    private final RunStore runs;
    private final CurrentRun run;
    private final RunConsole console;
    private final Clock clock;
    private final RunSummaryFile summary;

    public RunListener(RunSettings settings, PostingStore postings, RunStore runs, CurrentRun run, RunConsole console,
            Clock clock, RunSummaryFile summary) {
        this.summary = summary;
        this.settings = settings;
        this.postings = postings;
        this.runs = runs;
        this.run = run;
        this.console = console;
        this.clock = clock;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        long runId = execution.getJobInstance().getInstanceId();
        run.start(runId, LocalDate.now(clock));
        runs.started(runId, LocalDateTime.now(clock));
    }

    @Override
    public void afterJob(JobExecution execution) {
        long runId = run.runId();
        RunCounts counts = postings.countsOf(runId);
        BatchStatus status = execution.getStatus();
        runs.finished(runId, LocalDateTime.now(clock), counts, status.name());
        String tally = String.format("%d postings: %d processed, %d unchanged, %d skipped, %d failed", counts.read(),
                counts.processed(), counts.unchanged(), counts.skipped(), counts.failed());
        if (status == BatchStatus.COMPLETED) {
            String nothing = counts.processed() == 0 && counts.unchanged() > 0
                    ? " Nothing changed since the last run: no letter was rewritten." : "";
            Path out = settings.out();
            console.say("done. " + tally + "." + nothing + " Outputs in " + out + "/: letters/, "
                    + ReportTasklet.WORKBOOK + ", " + ReportTasklet.JSONL);
        } else {
            console.warn("the run failed: " + failure(execution) + ". So far " + tally
                    + ". Run again to finish it: the postings already done are kept.");
        }
        StepCounts step = postingsStep(execution);
        if (status == BatchStatus.COMPLETED && step != null && !step.balanced()) {
            console.warn("the postings step's counts do not add up: read " + step.read() + " != written "
                    + step.written() + " + skipped " + step.skipped() + " + filtered " + step.filtered());
        }
        writeSummary(execution, runId, counts, step);
    }

    /** Batch's counts of this attempt's postings step; null when the attempt did not run it (a resumed report). */
    private static StepCounts postingsStep(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(TailorJobConfiguration.POSTINGS_STEP))
                .findFirst().map(StepCounts::of).orElse(null);
    }

    /** The JSON summary for monitoring; a summary that cannot be written must not fail the run it describes. */
    private void writeSummary(JobExecution execution, long runId, RunCounts counts, StepCounts step) {
        BatchStatus status = execution.getStatus();
        try {
            summary.write(new RunSummaryFile.Finished(runId, execution.getStartTime(), LocalDateTime.now(clock),
                    status.name(), resumed(execution),
                    counts, step, postings.changesOf(runId), status == BatchStatus.COMPLETED ? null : failure(execution)));
        } catch (IOException | RuntimeException e) {
            console.warn("the run summary could not be written to " + settings.out() + ": " + e.getMessage());
        }
    }

    /** A restart runs a new execution of the same instance: an earlier execution has a smaller id. */
    private boolean resumed(JobExecution execution) {
        return runs.executionsOf(execution.getJobInstance().getInstanceId()) > 1;
    }

    private static String failure(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(RunListener::rootMessage).orElse(execution.getStatus().name());
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (" + root + ")";
    }
}
