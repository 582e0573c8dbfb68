package dev.tailor.pipeline;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File names for letters: made from company and title, safe on every file system, unique per posting
 * (the posting id's first characters end it) and stable across runs.
 */
final class LetterSlug {
    /** Long enough to read, short enough for Windows' 260-character paths once a folder is in front. */
    private static final int MAX_WORDS_LENGTH = 60;
    private static final int ID_CHARS = 6;
    // Compiled once: String.replaceAll compiles its pattern at every call.
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private LetterSlug() {
    }

    static String of(String company, String title, String postingId) {
        String words = ascii(company + " " + title);
        if (words.length() > MAX_WORDS_LENGTH) {
            words = words.substring(0, MAX_WORDS_LENGTH);
            int lastDash = words.lastIndexOf('-');
            if (lastDash > MAX_WORDS_LENGTH / 2) {
                words = words.substring(0, lastDash);
            }
        }
        words = EDGE_DASHES.matcher(words).replaceAll("");
        String suffix = postingId.substring(0, Math.min(ID_CHARS, postingId.length()));
        // Only [a-z0-9-] remain and a suffix always follows, so no reserved name (CON, NUL) or dot-file results.
        return words.isEmpty() ? "posting-" + suffix : words + "-" + suffix;
    }

    private static String ascii(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
                .replace("æ", "ae").replace("Æ", "AE").replace("đ", "d").replace("Đ", "D");
        String lower = MARKS.matcher(decomposed).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("c++", "cpp").replace("c#", "csharp").replace(".net", "dotnet");
        return NOT_ALPHANUMERIC.matcher(lower).replaceAll("-");
    }
}
