package dev.tailor.analysis;

import java.util.Locale;

/** The level a posting hires at, or a candidate works at. */
public enum Seniority {
    ENTRY,
    MID,
    SENIOR,
    LEAD;

    /** The lower-case word used in files: entry, mid, senior or lead. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the lower-case word; null when it is not one of the four. */
    public static Seniority fromWord(String word) {
        for (Seniority s : values()) {
            if (s.word().equals(word)) {
                return s;
            }
        }
        return null;
    }
}
