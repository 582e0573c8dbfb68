package dev.tailor.posting;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Cleans text taken from pages and files: one kind of space, no invisible characters. */
final class TextNormalizer {
    /** Zero-width characters, the BOM, soft hyphens and word joiners: invisible, but they break matching. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    /** Control characters other than line breaks and tabs. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TextNormalizer() {
    }

    /** The text on one line: invisible and control characters dropped, all whitespace runs made one space. */
    static String inline(String text) {
        String visible = CONTROL.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    /** How many words the text has (runs of letters or digits). */
    static int wordCount(String text) {
        int count = 0;
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
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
