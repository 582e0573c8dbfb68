package dev.tailor.letter;

import dev.tailor.analysis.SkillMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The rubric's no-fabrication check: every figure, employer, title and technology in a letter must come
 * from the profile, or (company, job title, their figures) from the posting.
 */
final class ClaimCheck {
    /** One capitalised word of a name; inner dots only, so "Retail. You" ends at "Retail". */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\.[\\p{L}\\p{N}]+)*";
    /** A capitalised name after "at": where the letter says someone worked. */
    static final Pattern AT_NAME = Pattern.compile(
            "(?<![\\p{L}])[Aa]t (" + NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|&|of|and))*)");
    static final Pattern TITLE = Pattern.compile("((?:\\p{Lu}[\\p{L}/+#.-]*\\s+){0,3}"
            + "(?:Engineer|Developer|Architect|Manager|Director|Consultant|Intern|Scientist|Analyst|Administrator|CTO))\\b");
    /** "a 30-minute call": a proposed duration, not a claim. */
    static final Pattern DURATION = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d+)(?:-| )(?:minutes?|min|hours?)\\b");

    // Where each match can start, so the scans skip the rest of the letter: a name after "at" starts with
    // "A" or "a"; a title with a capital (its words and its nouns are capitalised); a duration with a digit.
    static final StartScan AT_NAMES = new StartScan(AT_NAME, c -> c == 'A' || c == 'a');
    static final StartScan TITLES = new StartScan(TITLE,
            c -> Character.getType(c) == Character.UPPERCASE_LETTER);
    static final StartScan DURATIONS = new StartScan(DURATION, c -> c >= '0' && c <= '9');

    /** What may follow a name after "at" without being part of it: "I", a possessive, trailing dots. */
    private static final Pattern PRONOUN = Pattern.compile("\\s+I$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.,]+$");

    private ClaimCheck() {
    }

    static LintResult noFabrication(LintFacts f) {
        List<String> unknown = new ArrayList<>();
        Set<String> allowedFigures = f.sourceFigures();
        String claims = DURATIONS.replaceAll(f.body, " ");
        for (String figure : LetterText.figures(claims)) {
            if (!allowedFigures.contains(figure) && !allowedFigures.contains(figure.replace(",", ""))) {
                unknown.add("figure " + figure);
            }
        }
        for (MatchResult at : AT_NAMES.matches(f.body)) {
            // "At Example Systems I rebuilt ...": the pronoun is not part of the name.
            String name = TRAILING_DOTS.matcher(POSSESSIVE.matcher(PRONOUN.matcher(at.group(1)).replaceAll(""))
                    .replaceAll("")).replaceAll("");
            if (!f.knownName(name)) {
                unknown.add("employer " + name);
            }
        }
        for (MatchResult title : TITLES.matches(f.body)) {
            if (!f.knownTitle(title.group(1))) {
                unknown.add("title " + title.group(1));
            }
        }
        // The company and the job title may come from the posting even when they name a technology
        // ("Vercel", "Machine Learning Engineer"): only the rest of the letter makes claims.
        String claimsText = without(without(f.body, f.posting.title()), f.posting.company());
        for (SkillMention skill : f.analysis.skills()) {
            String named = RubricLinter.namedAs(claimsText, skill);
            if (named != null && !f.claims(skill)) {
                unknown.add("technology " + named);
            }
        }
        List<String> distinct = unknown.stream().distinct().toList();
        return new LintResult("no-fabrication", distinct.isEmpty(), distinct.isEmpty()
                ? "every figure, employer, title and technology comes from the profile or the posting"
                : "not in the profile or the posting: " + String.join("; ", distinct));
    }

    /** The text with every occurrence of the phrase (ignoring ASCII case) replaced by a space. */
    private static String without(String text, String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return text;
        }
        String literal = phrase.strip();
        StringBuilder out = null;
        int copied = 0;
        char first = literal.charAt(0);
        char firstOther = first < 128 ? (Character.isUpperCase(first) ? Character.toLowerCase(first)
                : Character.toUpperCase(first)) : first;
        for (int at = 0; at + literal.length() <= text.length(); at++) {
            char c = text.charAt(at);
            if ((c == first || c == firstOther) && regionMatchesAsciiCase(text, at, literal)) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, at).append(' ');
                at += literal.length() - 1;
                copied = at + 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Like {@code Pattern.CASE_INSENSITIVE} without Unicode case: only ASCII letters match either case. */
    private static boolean regionMatchesAsciiCase(String text, int at, String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char a = text.charAt(at + i);
            char b = literal.charAt(i);
            if (a != b && (a >= 128 || b >= 128 || Character.toLowerCase(a) != Character.toLowerCase(b))) {
                return false;
            }
        }
        return true;
    }
}
