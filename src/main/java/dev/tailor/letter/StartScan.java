package dev.tailor.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern's matches as {@link Matcher#find()} does, but tries the pattern only where a match can
 * start: at the code points {@code canStart} accepts. {@code find()} tries every position, and for a pattern
 * such as the rubric's job titles (up to three capitalised words, then one of eleven nouns) that costs far
 * more than the matches; most positions of a letter are lower-case letters and spaces no match starts with.
 *
 * <p>Equal to {@code find()} as long as {@code canStart} accepts the first code point of every possible match
 * (the caller's promise, written beside each pattern) and the pattern cannot match the empty string; bounds are
 * transparent, so look-behinds and word boundaries still see the text around a start.
 */
final class StartScan {
    private final Pattern pattern;
    private final IntPredicate canStart;

    StartScan(Pattern pattern, IntPredicate canStart) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.canStart = Objects.requireNonNull(canStart, "canStart");
    }

    /** The matches, left to right, not overlapping: those of {@code pattern.matcher(text).find()}. */
    List<MatchResult> matches(String text) {
        List<MatchResult> found = new ArrayList<>(2);
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        int at = 0;
        while (at < length) {
            int codePoint = text.codePointAt(at);
            if (canStart.test(codePoint)) {
                matcher.region(at, length);
                if (matcher.lookingAt()) {
                    found.add(matcher.toMatchResult());
                    // as find() does after an empty match, the next try starts one further
                    at = matcher.end() > at ? matcher.end() : at + Character.charCount(codePoint);
                    continue;
                }
            }
            at += Character.charCount(codePoint);
        }
        return found;
    }

    /** The text with every match replaced by {@code replacement}, taken literally. */
    String replaceAll(String text, String replacement) {
        List<MatchResult> found = matches(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (MatchResult match : found) {
            out.append(text, copied, match.start()).append(replacement);
            copied = match.end();
        }
        return out.append(text, copied, text.length()).toString();
    }
}
