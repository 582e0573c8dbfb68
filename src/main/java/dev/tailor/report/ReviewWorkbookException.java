package dev.tailor.report;

import java.nio.file.Path;

/** A review workbook that cannot be read: corrupt, encrypted, not a workbook, or without its Postings sheet. */
public class ReviewWorkbookException extends Exception {
    private final Path file;
    private final String reason;

    public ReviewWorkbookException(Path file, String reason) {
        this(file, reason, null);
    }

    public ReviewWorkbookException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The workbook that could not be read. */
    public Path file() {
        return file;
    }

    /** Why it could not be read, in words a person understands. */
    public String reason() {
        return reason;
    }
}
