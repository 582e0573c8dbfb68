package dev.tailor.cli;

/** Bad usage or invalid configuration: the run stops before anything is written, with exit code 2. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
