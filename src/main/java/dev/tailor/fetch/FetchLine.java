package dev.tailor.fetch;

import org.jspecify.annotations.Nullable;

/**
 * What happened to one URL, board or board job: one line of the fetch command's output.
 *
 * @param outcome saved, unchanged or skipped
 * @param source  the URL, board or "board job id" it is about
 * @param file    the snapshot file name, when there is one
 * @param reason  why it was skipped, or a note (e.g. "not modified"); may be null
 */
public record FetchLine(Outcome outcome, String source, @Nullable String file, @Nullable String reason) {

    /** The three things that can happen. */
    public enum Outcome { SAVED, UNCHANGED, SKIPPED }

    static FetchLine skipped(String source, String reason) {
        return new FetchLine(Outcome.SKIPPED, source, null, reason);
    }

    /** E.g. "saved      https://x/job -> x-job-1a2b3c4d.html" or "skipped    https://x/pdf: content type ...". */
    @Override
    public String toString() {
        String word = outcome.name().toLowerCase(java.util.Locale.ROOT);
        StringBuilder line = new StringBuilder(String.format("%-10s %s", word, source));
        if (outcome == Outcome.SKIPPED) {
            line.append(": ").append(reason);
        } else {
            if (file != null) {
                line.append(" -> ").append(file);
            }
            if (reason != null) {
                line.append(" (").append(reason).append(')');
            }
        }
        return line.toString();
    }
}
