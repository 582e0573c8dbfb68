package dev.tailor.pipeline;

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

    public RunListener(RunSettings settings, PostingStore postings, RunStore runs, CurrentRun run, RunConsole console,
            Clock clock) {
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
            String cause = execution.getAllFailureExceptions().stream().findFirst()
                    .map(RunListener::rootMessage).orElse(status.name());
            console.warn("the run failed: " + cause + ". So far " + tally
                    + ". Run again to finish it: the postings already done are kept.");
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (" + root + ")";
    }
}
