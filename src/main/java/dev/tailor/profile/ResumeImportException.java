package dev.tailor.profile;

/** A résumé that cannot be imported: not a Word document, encrypted, damaged or too large. */
public class ResumeImportException extends Exception {
    public ResumeImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
