package dev.tailor.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text measures shared by the renderer, the linter and the coverage count. */
final class LetterText {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'”’)]*\\s+(?=[\\p{Lu}\\p{N}\"“(])");
    /** A figure: digits not glued to letters before them, so "S3" and "EC2" are names, not numbers. */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}.,])\\d+(?:[.,]\\d+)*");

    private LetterText() {
    }

    /** Words in the text: whitespace-separated tokens holding at least one letter or digit. */
    static int words(String text) {
        int count = 0;
        for (String token : text.strip().split("\\s+")) {
            if (WORD.matcher(token).find()) {
                count++;
            }
        }
        return count;
    }

    /** The text's sentences, in order. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            for (String sentence : SENTENCE_END.split(paragraph.strip())) {
                if (!sentence.isBlank()) {
                    out.add(sentence.strip());
                }
            }
        }
        return out;
    }

    /** The figures in the text as written, e.g. "340", "99.95", "1,200". */
    static List<String> figures(String text) {
        List<String> out = new ArrayList<>();
        Matcher matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            out.add(trimTrailingPunctuation(matcher.group()));
        }
        return out;
    }

    private static String trimTrailingPunctuation(String figure) {
        int end = figure.length();
        while (end > 0 && (figure.charAt(end - 1) == '.' || figure.charAt(end - 1) == ',')) {
            end--;
        }
        return figure.substring(0, end);
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
