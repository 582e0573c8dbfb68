package dev.tailor.pipeline;

/**
 * A posting the step skips: unreadable ({@code failed == false}, recorded as SKIPPED) or broken by a later
 * stage ({@code failed == true}, recorded as FAILED). Either way the rest of the run goes on.
 */
class PostingRejectedException extends Exception {
    private final PostingFile file;
    private final String contentHash;
    private final boolean failed;

    PostingRejectedException(PostingFile file, String contentHash, String reason, boolean failed, Throwable cause) {
        super(reason, cause);
        this.file = file;
        this.contentHash = contentHash;
        this.failed = failed;
    }

    PostingFile file() {
        return file;
    }

    /** Hash of the file's bytes, or null when they could not be read. */
    String contentHash() {
        return contentHash;
    }

    boolean failed() {
        return failed;
    }

    String reason() {
        return getMessage();
    }
}
