package dev.tailor.letter;

import java.util.Locale;

/**
 * How much a letter tells: the renderer tries each level and keeps the one the rubric likes best, so a
 * profile with long achievements still fits 300 to 400 words without cutting a sentence in half.
 */
enum LetterDetail {
    /** Two stories, four requirements: the usual letter. */
    STANDARD,
    /** One story, three requirements, fewer framing sentences: for long achievements. */
    SHORT,
    /** Every story and framing sentence: for short achievements. */
    LONG;

    /** The word the templates see as {@code detail}. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
