package dev.tailor.pipeline;

/**
 * What happened to the postings of one run.
 *
 * @param processed letters written (new or changed postings, or changed profile/templates, or --force)
 * @param unchanged postings whose letter was already up to date: nothing rewritten
 * @param skipped   postings that could not be read (bad or unsupported file), with their reason recorded
 * @param failed    postings that broke a later stage; recorded with the error
 */
public record RunCounts(int processed, int unchanged, int skipped, int failed) {
    static final String PROCESSED = "processed";
    static final String UNCHANGED = "unchanged";
    static final String SKIPPED = "skipped";
    static final String FAILED = "failed";

    /** Every posting read in the run. */
    public int read() {
        return processed + unchanged + skipped + failed;
    }
}
