package dev.tailor.analysis;

import java.util.Locale;

/**
 * One word, symbol name, punctuation mark or link of a text.
 *
 * <p>A token is a range of its text's characters and builds its strings only when asked, once: most
 * tokens are never read as strings (a skill lookup first rules out most words by a few characters),
 * and building two strings for every token cost more than all the rest of tokenizing. Like a String's
 * cached hash, the strings are cached without locks: building them twice on two threads is harmless.
 */
final class Token {
    /** Characters below this are ASCII: their lower case needs no Locale machinery. */
    private static final char ASCII = 128;

    private final char[] source;
    private final int start;
    private final int end;
    private final Kind kind;
    private final boolean glued;
    private final boolean hyphenated;
    private final int sentence;
    private String text;
    private String lower;

    /** What a token is. */
    enum Kind {
        /** Letters and digits, with a trailing run of '+' or '#' kept (C++, C#, 5+). */
        WORD,
        /** A single punctuation character. */
        PUNCT,
        /** A whole URL or e-mail address; never matched against anything. */
        LINK
    }

    /**
     * A token of {@code source}; the array is shared with the other tokens of the text and never changed.
     *
     * @param start      offset of the first character in the text
     * @param end        offset after the last character
     * @param kind       what the token is
     * @param glued      true when nothing (no space, no hyphen) separates it from the token before
     * @param hyphenated true when a hyphen joins it to the word before ("Kafka-based", "C-level")
     * @param sentence   index of the sentence the token belongs to
     */
    Token(char[] source, int start, int end, Kind kind, boolean glued, boolean hyphenated, int sentence) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.glued = glued;
        this.hyphenated = hyphenated;
        this.sentence = sentence;
    }

    /** The characters as written, e.g. "C++" or "Node". */
    String text() {
        String built = text;
        if (built == null) {
            built = new String(source, start, end - start);
            text = built;
        }
        return built;
    }

    /** {@link #text()} in lower case, the form every lookup uses. */
    String lower() {
        String built = lower;
        if (built == null) {
            built = lowerCase();
            lower = built;
        }
        return built;
    }

    /** Lower case, without a copy when the token has no capitals (most words); ASCII without Locale machinery. */
    private String lowerCase() {
        boolean upper = false;
        for (int k = start; k < end; k++) {
            char c = source[k];
            if (c >= ASCII) {
                return text().toLowerCase(Locale.ROOT);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return text();
        }
        char[] lowered = new char[end - start];
        for (int k = start; k < end; k++) {
            char c = source[k];
            lowered[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(lowered);
    }

    /** The number of characters as written. */
    int length() {
        return end - start;
    }

    /** The character at {@code index} (from 0) as written. */
    char charAt(int index) {
        return source[start + index];
    }

    /** The first character as written. */
    char firstChar() {
        return source[start];
    }

    /** The last character as written. */
    char lastChar() {
        return source[end - 1];
    }

    /** Offset of the first character in the text. */
    int start() {
        return start;
    }

    /** Offset after the last character. */
    int end() {
        return end;
    }

    Kind kind() {
        return kind;
    }

    /** True when nothing (no space, no hyphen) separates it from the token before. */
    boolean glued() {
        return glued;
    }

    /** True when a hyphen joins it to the word before ("Kafka-based", "C-level"). */
    boolean hyphenated() {
        return hyphenated;
    }

    /** Index of the sentence the token belongs to. */
    int sentence() {
        return sentence;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && source[start] == c;
    }

    @Override
    public String toString() {
        return "Token[text=" + text() + ", lower=" + lower() + ", start=" + start + ", end=" + end + ", kind=" + kind
                + ", glued=" + glued + ", hyphenated=" + hyphenated + ", sentence=" + sentence + "]";
    }
}
