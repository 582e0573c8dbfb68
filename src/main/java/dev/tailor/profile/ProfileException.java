package dev.tailor.profile;

/** A candidate profile that cannot be used; the message names the file and line. */
public class ProfileException extends Exception {
    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
