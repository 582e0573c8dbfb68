package dev.tailor.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One row of the workbook's Runs sheet: when a run happened and what it did with the postings.
 *
 * @param runId     the run (job execution) id
 * @param started   when the run started
 * @param ended     when it ended, or null while it is still running or when it was killed
 * @param read      postings read
 * @param processed postings turned into letters
 * @param unchanged postings whose content had not changed since the previous run
 * @param skipped   postings skipped (unreadable, not a job posting, ...)
 * @param failed    postings that failed
 * @param outcome   how the run ended, e.g. COMPLETED or FAILED
 */
public record RunRow(long runId, LocalDateTime started, LocalDateTime ended, int read, int processed, int unchanged,
        int skipped, int failed, String outcome) {

    public RunRow {
        Objects.requireNonNull(started, "started");
    }

    /** Whole seconds from start to end, or empty when the run has no end time. */
    public OptionalLong durationSeconds() {
        return ended == null ? OptionalLong.empty() : OptionalLong.of(Duration.between(started, ended).getSeconds());
    }
}
