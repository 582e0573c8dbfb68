package dev.tailor.pipeline;

import org.springframework.batch.core.step.skip.SkipLimitExceededException;
import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * Skips postings that cannot be read or tailored, up to the job file's skip-limit; anything else (a full disk,
 * a broken database) fails the run, which the next run then resumes.
 */
class PostingSkipPolicy implements SkipPolicy {
    private final long skipLimit;

    PostingSkipPolicy(long skipLimit) {
        this.skipLimit = skipLimit;
    }

    @Override
    public boolean shouldSkip(Throwable t, long skipCount) {
        if (!(t instanceof PostingRejectedException)) {
            return false;
        }
        if (skipCount >= skipLimit) {
            throw new SkipLimitExceededException(skipLimit, t);
        }
        return true;
    }
}
