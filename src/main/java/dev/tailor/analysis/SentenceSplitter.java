package dev.tailor.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences: every line is at least one sentence (postings are mostly bullet lists),
 * and a line breaks after '.', '!' or '?' when a new sentence visibly starts.
 */
final class SentenceSplitter {
    /** Words that end with a full stop without ending the sentence ("e.g. Kafka"). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "vs", "approx", "incl", "sr", "jr", "dr", "mr", "mrs", "ms", "st", "no", "nr",
            "ca", "cf", "z.b", "u.a", "bzw", "d.h", "esp", "dept", "min", "max", "mio", "mrd");
    /** Characters below this are ASCII. */
    private static final char ASCII = 128;
    /** The ASCII characters that may end a sentence or a line. */
    private static final boolean[] MAY_END = new boolean[ASCII];

    /** Characters that mark a list item at the start of a line. */
    private static final String BULLETS = "-*•·▪◦‣–—►✓✔>";

    static {
        for (char c : new char[] {'\n', '\r', '.', '!', '?'}) {
            MAY_END[c] = true;
        }
    }

    private SentenceSplitter() {
    }

    /** Sentence bounds as pairs {@code [start0, end0, start1, end1, ...]}, trimmed of spaces and bullets. */
    static int[] split(char[] text) {
        int[] bounds = new int[16];
        int count = 0;
        int n = text.length;
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c < ASCII ? !MAY_END[c] : c != '…') {
                continue; // nearly every character: one table read and a branch the processor predicts right
            }
            int end = -1;
            if (c == '\n' || c == '\r') {
                end = i;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < n && isCloser(text[j])) {
                    j++;
                }
                if (endsSentence(text, i, j)) {
                    end = j;
                }
            }
            if (end >= 0) {
                if (count + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                count = add(text, start, end, bounds, count);
                start = end;
                i = Math.max(i, end - 1);
            }
        }
        if (count + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length + 2);
        }
        count = add(text, start, n, bounds, count);
        return Arrays.copyOf(bounds, count);
    }

    private static boolean endsSentence(char[] text, int mark, int after) {
        int n = text.length;
        if (after < n && !Character.isWhitespace(text[after])) {
            return false; // inside a token: Node.js, 3.5, e.g.
        }
        int k = after;
        while (k < n && (text[k] == ' ' || text[k] == '\t' || text[k] == '\u00a0')) {
            k++;
        }
        if (k < n && text[k] != '\n' && text[k] != '\r' && !startsSentence(text[k])) {
            return false;
        }
        return text[mark] != '.' || (!isAbbreviation(text, mark) && !isListNumber(text, mark));
    }

    /** True for the dot of a numbered list item: "1. Second point". */
    private static boolean isListNumber(char[] text, int dot) {
        int s = dot;
        while (s > 0 && Character.isDigit(text[s - 1])) {
            s--;
        }
        if (s == dot) {
            return false;
        }
        while (s > 0 && (text[s - 1] == ' ' || text[s - 1] == '\t')) {
            s--;
        }
        return s == 0 || text[s - 1] == '\n' || text[s - 1] == '\r';
    }

    private static boolean isAbbreviation(char[] text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text[s - 1]) || text[s - 1] == '.')) {
            s--;
        }
        return s < dot && ABBREVIATIONS.contains(new String(text, s, dot - s).toLowerCase(Locale.ROOT));
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == '"' || c == '\'' || c == '”' || c == '’' || c == ']' || c == '»';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '\''
                || c == '(' || c == '„' || c == '«' || BULLETS.indexOf(c) >= 0
                || (Character.isLetter(c) && !Character.isLowerCase(c));
    }

    private static int add(char[] text, int start, int end, int[] bounds, int count) {
        int s = start;
        int e = end;
        boolean trimmed = true;
        while (trimmed && s < e) {
            trimmed = false;
            while (s < e && Character.isWhitespace(text[s])) {
                s++;
                trimmed = true;
            }
            int bullet = bulletLength(text, s, e);
            if (bullet > 0) {
                s += bullet;
                trimmed = true;
            }
        }
        while (e > s && Character.isWhitespace(text[e - 1])) {
            e--;
        }
        if (e > s) {
            bounds[count] = s;
            bounds[count + 1] = e;
            return count + 2;
        }
        return count;
    }

    /** Length of a list marker ("- ", "• ", "1. ", "a) ") at {@code s}, or 0. */
    private static int bulletLength(char[] text, int s, int e) {
        if (s >= e) {
            return 0;
        }
        char c = text[s];
        if (BULLETS.indexOf(c) >= 0 && (s + 1 == e || Character.isWhitespace(text[s + 1]))) {
            return 1;
        }
        int k = s;
        while (k < e && k - s < 2 && Character.isDigit(text[k])) {
            k++;
        }
        if (k == s && k < e && Character.isLowerCase(c) && k + 1 < e && text[k + 1] == ')') {
            k++;
        }
        if (k > s && k + 1 < e && (text[k] == '.' || text[k] == ')')
                && Character.isWhitespace(text[k + 1])) {
            return k + 1 - s;
        }
        return 0;
    }
}
