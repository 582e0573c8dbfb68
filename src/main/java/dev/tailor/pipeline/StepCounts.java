package dev.tailor.pipeline;

import org.springframework.batch.core.step.StepExecution;

/**
 * Spring Batch's own count of one execution of the postings step. Every posting read is written (a letter, an
 * unchanged mark or a duplicate note), skipped (with its reason) or filtered: {@link #balanced()} checks that
 * nothing fell between them.
 *
 * @param read     postings read
 * @param written  postings passed to the writer
 * @param skipped  postings skipped (unreadable, or broken by a later stage)
 * @param filtered postings the processor dropped (none today; counted so a future filter cannot hide one)
 */
record StepCounts(long read, long written, long skipped, long filtered) {

    static StepCounts of(StepExecution step) {
        return new StepCounts(step.getReadCount(), step.getWriteCount(), step.getSkipCount(), step.getFilterCount());
    }

    /** read = written + skipped + filtered. */
    boolean balanced() {
        return read == written + skipped + filtered;
    }
}
