package dev.tailor.letter;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern of the rubric with the literals every match contains one of, in lower case: a
 * letter without any of them cannot match, and most letters hold none, so the pattern rarely runs at all.
 * ({@code (?i)} without Unicode case only folds ASCII letters, so a match's lower case holds its literal.)
 *
 * @param pattern  the pattern, {@code (?i)}
 * @param literals lower-case text every match contains at least one of
 */
record WordsPattern(Pattern pattern, List<String> literals) {
    WordsPattern(String regex, String... literals) {
        this(Pattern.compile(regex), List.of(literals));
    }

    /** Whether the pattern finds a match in the text. */
    boolean foundIn(String text) {
        return firstMatch(text) != null;
    }

    /** The first match in the text, or null. */
    MatchResult firstMatch(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String literal : literals) {
            if (lower.contains(literal)) {
                Matcher matcher = pattern.matcher(text);
                return matcher.find() ? matcher.toMatchResult() : null;
            }
        }
        return null;
    }
}
