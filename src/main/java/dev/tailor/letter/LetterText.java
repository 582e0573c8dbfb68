package dev.tailor.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Small text measures shared by the renderer, the linter and the coverage count. */
final class LetterText {
    /** Compiled once: String.split compiles its pattern at every call. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'”’)]*\\s+(?=[\\p{Lu}\\p{N}\"“(])");

    private LetterText() {
    }

    /**
     * Words in the text: runs of characters between whitespace (space, tab, line breaks) that hold at least one
     * letter or digit. A scan rather than a split and a pattern per token: every draft of every letter is counted.
     */
    static int words(String text) {
        int count = 0;
        boolean inToken = false;
        boolean tokenHasWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isSplitSpace(c)) {
                count += inToken && tokenHasWord ? 1 : 0;
                inToken = false;
                tokenHasWord = false;
            } else {
                inToken = true;
                tokenHasWord |= isLetterOrNumber(c);
            }
        }
        return count + (inToken && tokenHasWord ? 1 : 0);
    }

    /** The whitespace that separates words: the regular-expression class {@code \s}, ASCII only. */
    private static boolean isSplitSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@code [\p{L}\p{N}]}: a letter or a number of any script. */
    private static boolean isLetterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * The text with each run of whitespace (the pattern class {@code \s}) made one space, as
     * {@code text.replaceAll("\\s+", " ")} does, without compiling a pattern: every value of every letter is
     * cleaned so, and most need no change.
     */
    static String collapseSpaces(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && (!isSplitSpace(text.charAt(i))
                || (text.charAt(i) == ' ' && (i + 1 >= length || !isSplitSpace(text.charAt(i + 1)))))) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length).append(text, 0, i);
        while (i < length) {
            char c = text.charAt(i);
            if (isSplitSpace(c)) {
                out.append(' ');
                while (i < length && isSplitSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The text's sentences, in order. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : BLANK_LINE.split(text)) {
            for (String sentence : SENTENCE_END.split(paragraph.strip())) {
                if (!sentence.isBlank()) {
                    out.add(sentence.strip());
                }
            }
        }
        return out;
    }

    /**
     * The figures in the text as written, e.g. "340", "99.95", "1,200": ASCII digits with inner dots or commas,
     * not glued to a letter, number, dot or comma before them, so "S3" and "EC2" are names, not numbers. A scan
     * rather than a pattern with a look-behind: the fabrication check runs it over whole postings.
     */
    static List<String> figures(String text) {
        List<String> out = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!isAsciiDigit(text.charAt(i)) || (i > 0 && gluedBefore(text, i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < length && (isAsciiDigit(text.charAt(end)) || (end + 1 < length
                    && (text.charAt(end) == '.' || text.charAt(end) == ',') && isAsciiDigit(text.charAt(end + 1))))) {
                end++;
            }
            out.add(text.substring(i, end));
            i = end;
        }
        return out;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean gluedBefore(String text, int at) {
        int before = text.codePointBefore(at);
        return before == '.' || before == ',' || isLetterOrNumber(before);
    }

    /** Whether the text names the term as a whole name (case-sensitive: "Go" the language, not "go"). */
    static boolean names(String text, String term) {
        return indexOfName(text, term, 0) >= 0;
    }

    /**
     * Where the text names the term as a whole name, from {@code from} on, or -1. A name is not part of a
     * longer one: "Java" is not found in "JavaScript", "JS" not in "Node.js", "C" not in "C++".
     */
    static int indexOfName(String text, String term, int from) {
        if (term == null || term.isBlank()) {
            return -1;
        }
        int at = text.indexOf(term, from);
        while (at >= 0) {
            if (boundaryBefore(text, at) && boundaryAfter(text, at + term.length())) {
                return at;
            }
            at = text.indexOf(term, at + 1);
        }
        return -1;
    }

    /** Case-insensitive {@link #names}, for phrases that are not technology names. */
    static boolean namesIgnoringCase(String text, String term) {
        return indexOfName(text.toLowerCase(java.util.Locale.ROOT), term.toLowerCase(java.util.Locale.ROOT), 0) >= 0;
    }

    private static boolean boundaryBefore(String text, int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        return !Character.isLetterOrDigit(before) && before != '.' && before != '+' && before != '#'
                && before != '_';
    }

    private static boolean boundaryAfter(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char after = text.charAt(end);
        if (after == '.') {
            // "Go." ends a sentence; "Node.js" continues a name.
            return end + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(end + 1));
        }
        return !Character.isLetterOrDigit(after) && after != '+' && after != '#' && after != '_';
    }
}
