package dev.tailor.letter;

import java.util.Objects;

/**
 * One paragraph of the Word letter: its text, as plain text, and how it looks.
 *
 * @param style the kind of line, which fixes font, size, weight and spacing
 * @param text  the words, not yet escaped for XML
 */
record WordLine(LineStyle style, String text) {
    WordLine {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(text, "text");
    }
}
