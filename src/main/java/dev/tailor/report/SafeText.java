package dev.tailor.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.SpreadsheetVersion;

/**
 * Makes any text fit a workbook cell unchanged in meaning: characters XML cannot hold are replaced, OOXML's own
 * escape sequences are protected, and text beyond Excel's cell limit is cut with a visible marker.
 */
final class SafeText {

    /** Excel's limit on the characters of one cell; POI refuses longer text. */
    static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** Appended where text was cut, so nobody mistakes a cut text for the whole. */
    static final String TRUNCATION_MARKER = "… [truncated]";

    /** Stands in for a character XML 1.0 cannot contain (most C0 controls, unpaired surrogates, U+FFFE/F). */
    private static final char REPLACEMENT = ' ';

    /**
     * OOXML reads {@code _xHHHH_} in a string as the character HHHH; a literal one is written with its underscore
     * escaped as {@code _x005F_}.
     */
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private SafeText() {
    }

    /** The text to store in a cell: valid XML, OOXML escapes protected, at most {@link #MAX_CELL_CHARS} long. */
    static String forCell(String text) {
        String clean = xmlSafe(text);
        int budget = MAX_CELL_CHARS;
        String stored = escapeOoxml(truncate(clean, budget));
        // escaping lengthens the text; rare, but near the limit it can push it over again
        while (stored.length() > MAX_CELL_CHARS) {
            budget -= stored.length() - MAX_CELL_CHARS;
            stored = escapeOoxml(truncate(clean, budget));
        }
        return stored;
    }

    /**
     * Whether a spreadsheet would take the text for a formula (or a command) if a person re-entered it:
     * it starts with {@code = + - @} or a control character such as tab or CR.
     */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || Character.isISOControl(first);
    }

    /** Cuts the text to at most {@code limit} characters, the marker included, never inside a surrogate pair. */
    static String truncate(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int keep = limit - TRUNCATION_MARKER.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + TRUNCATION_MARKER;
    }

    private static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedSurrogate) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean allowed = c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : REPLACEMENT);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escapeOoxml(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        return OOXML_ESCAPE.matcher(text).replaceAll(Matcher.quoteReplacement("_x005F_") + "$1");
    }
}
