package dev.tailor.letter;

/**
 * A template that compiled but failed while rendering one letter (for example it reads a value the model
 * does not have). Unchecked because {@link LetterTemplates#load} already rejected every template that can
 * be rejected up front; the pipeline records the posting as failed with this message.
 */
public class LetterRenderException extends RuntimeException {
    public LetterRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
