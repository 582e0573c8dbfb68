package dev.tailor.analysis;

/**
 * One word, symbol name, punctuation mark or link of a text.
 *
 * @param text       the characters as written, e.g. "C++" or "Node"
 * @param lower      {@code text} in lower case, the form every lookup uses
 * @param start      offset of the first character in the text
 * @param end        offset after the last character
 * @param kind       what the token is
 * @param glued      true when nothing (no space, no hyphen) separates it from the token before
 * @param hyphenated true when a hyphen joins it to the word before ("Kafka-based", "C-level")
 * @param sentence   index of the sentence the token belongs to
 */
record Token(String text, String lower, int start, int end, Kind kind, boolean glued, boolean hyphenated,
             int sentence) {

    /** What a token is. */
    enum Kind {
        /** Letters and digits, with a trailing run of '+' or '#' kept (C++, C#, 5+). */
        WORD,
        /** A single punctuation character. */
        PUNCT,
        /** A whole URL or e-mail address; never matched against anything. */
        LINK
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }
}
