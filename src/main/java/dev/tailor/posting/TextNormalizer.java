package dev.tailor.posting;

import org.jspecify.annotations.Nullable;

/** Cleans text taken from pages and files: one kind of space, no invisible characters. */
final class TextNormalizer {
    private static final int ASCII_END = 0x80;
    private static final char ASCII_DELETE = 0x7F;

    private TextNormalizer() {
    }

    /** The text on one line: invisible and control characters dropped, all whitespace runs made one space. */
    static String inline(String text) {
        if (isInline(text)) {
            return text;
        }
        // One pass instead of three regex replacements over the text; the result is the same. A char array rather
        // than a StringBuilder: this runs over every line of every description, and append() checks each char.
        char[] out = new char[text.length()];
        int length = 0;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpaceOrControl(c)) {
                inSpace = true;
                continue;
            }
            if (inSpace && length > 0) {
                out[length++] = ' ';
            }
            inSpace = false;
            out[length++] = c;
        }
        // No space run is written at either end; strip() is left only white space that is no space here (U+2028 ...).
        String inline = new String(out, 0, length);
        return hasWhiteSpaceAtAnEnd(inline) ? inline.strip() : inline;
    }

    /** Whether inline() would return the text as it is: single spaces between words, nothing to drop or strip. */
    private static boolean isInline(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < ASCII_DELETE) {
                continue;
            }
            if (c == ' ') {
                if (i == 0 || i == last || text.charAt(i + 1) == ' ') {
                    return false;
                }
            } else if (c < ASCII_END || isInvisible(c) || isSpaceOrControl(c)) {
                return false;
            }
        }
        return !hasWhiteSpaceAtAnEnd(text);
    }

    private static boolean hasWhiteSpaceAtAnEnd(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** A control character (line breaks and tabs among them) or a space of any width: each run becomes one space. */
    private static boolean isSpaceOrControl(char c) {
        return c == ' ' || Character.getType(c) == Character.CONTROL || c == '\u00A0'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** How many words the text has (runs of letters or digits). */
    static int wordCount(String text) {
        return wordCount(text, Integer.MAX_VALUE);
    }

    /** How many words the text has, or {@code enough} when it has that many: the count stops there. */
    static int wordCount(String text, int enough) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && count < enough; ) {
            char c = text.charAt(i);
            boolean wordChar;
            if (c < ASCII_END) {
                // Most text is ASCII, where only the Latin letters and the digits are letters or numbers.
                wordChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                i++;
            } else {
                int codePoint = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
                i += Character.charCount(codePoint);
                wordChar = isLetterOrNumber(codePoint);
            }
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar;
        }
        return count;
    }

    /** The classes of {@code [\\p{L}\\p{N}]}: any letter, or any number (digits, numerals, fractions). */
    private static boolean isLetterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Null for null or blank text, else the text cleaned by {@link #inline}. */
    static @Nullable String blankToNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String clean = inline(text);
        return clean.isEmpty() ? null : clean;
    }
}
