package dev.tailor.match;

import java.util.Locale;

/** How a letter opens (see LETTER-RUBRIC.md). */
public enum Opening {
    /** The best-matching achievement with its figure. */
    METRIC,
    /** The posting names its stack or product and the candidate has done the same thing. */
    ECOSYSTEM,
    /** The posting shows a challenge it does not spell out, solved before by the candidate. */
    PROBLEM;

    /** The lower-case word used in outputs. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
