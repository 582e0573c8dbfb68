package dev.tailor.cli;

/** The exit codes of the command-line contract (DESIGN.md). */
public final class ExitCode {
    /** Done; skipped postings included. */
    public static final int DONE = 0;
    /** The job failed. */
    public static final int JOB_FAILED = 1;
    /** Bad usage or invalid configuration, profile or template; nothing was written. */
    public static final int USAGE = 2;
    /** Another run holds the database; nothing was touched. */
    public static final int LOCKED = 3;

    private ExitCode() {
    }
}
