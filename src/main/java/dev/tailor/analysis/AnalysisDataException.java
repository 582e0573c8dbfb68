package dev.tailor.analysis;

/**
 * A data file of the analysis (skills taxonomy or signal lexicon) that cannot be used; names the file
 * and the line so that a person can fix it.
 */
public abstract class AnalysisDataException extends Exception {
    private final String source;
    private final int line;
    private final String reason;

    protected AnalysisDataException(String source, int line, String reason, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    /** The file (or other source name) that failed to load. */
    public String source() {
        return source;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** What is wrong, in words a person understands. */
    public String reason() {
        return reason;
    }
}
