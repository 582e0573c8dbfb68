package dev.tailor.fetch;

/** A URL that was not fetched, or whose answer was not saved, with a reason a person can act on. */
public class FetchRefusedException extends Exception {
    public FetchRefusedException(String reason) {
        super(reason);
    }

    public FetchRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** What went wrong, e.g. "too large (over 5 MB)". */
    public String reason() {
        return getMessage();
    }
}
