package dev.tailor.posting;

import java.nio.file.Path;

/** A posting file that cannot be turned into a {@link Posting}; the pipeline skips it and records why. */
public class PostingParseException extends Exception {
    private final String source;

    public PostingParseException(String source, String reason) {
        super(reason);
        this.source = source;
    }

    public PostingParseException(Path file, String reason) {
        this(file.toString(), reason);
    }

    /** The file or URL that could not be read. */
    public String source() {
        return source;
    }

    /** Why it could not be read, in words a person understands. */
    public String reason() {
        return getMessage();
    }
}
