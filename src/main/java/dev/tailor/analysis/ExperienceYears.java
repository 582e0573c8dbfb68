package dev.tailor.analysis;

import dev.tailor.posting.SectionKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the overall years of experience a posting asks for: "5+ years", "at least 3 years",
 * "3-5 years" (the lower bound: what still qualifies), "five years", "3+ Jahre", "mehrjährige"
 * (read as 3) and "langjährige" (read as 5).
 *
 * <p>Only sentences that ask something of the candidate count: in a requirements section, or naming
 * experience or a skill elsewhere; never in ABOUT, BENEFITS or nice-to-have sections, nor next to a
 * nice-to-have cue, nor about the company ("founded 20 years ago"). The posting's figure is the
 * largest of those numbers.
 */
final class ExperienceYears {
    /** More than this is a company's age or a typo, not an experience requirement. */
    private static final int MAX_YEARS = 30;
    private static final int SEVERAL_YEARS = 3;
    private static final int MANY_YEARS = 5;
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("einem", 1), Map.entry("zwei", 2), Map.entry("drei", 3),
            Map.entry("vier", 4), Map.entry("fünf", 5), Map.entry("sechs", 6), Map.entry("sieben", 7), Map.entry("acht", 8),
            Map.entry("neun", 9), Map.entry("zehn", 10));
    private static final String NUMBER = "(\\d{1,2}|" + String.join("|", NUMBER_WORDS.keySet()) + ")";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern YEARS = Pattern.compile("(?<![\\w.,])" + NUMBER
            + "\\s*(?:\\+|plus)?\\s*(?:(?:-|–|—|to|bis)\\s*" + NUMBER + "\\s*\\+?\\s*)?"
            + "(?:\\(\\s*\\d{1,2}\\s*\\+?\\s*\\)\\s*\\+?\\s*)?(?:years?|yrs?|jahre?n?)\\b(?!\\s+(?:ago|old)\\b)", FLAGS);
    private static final Pattern SEVERAL = Pattern.compile("\\b(mehrjährig|langjährig|several years|multiple years|many years)", FLAGS);
    private static final Pattern EXPERIENCE = Pattern.compile(
            "experience|erfahrung|\\bexp\\b|background|hands-on|professional|commercial", FLAGS);
    private static final Pattern NICE = Pattern.compile(
            "\\bplus\\b|bonus|preferred|nice to have|nice-to-have|ideally|advantage|desirable|wünschenswert|vorteil", FLAGS);
    private static final Pattern ABOUT_COMPANY = Pattern.compile(
            "founded|since \\d|history|combined|anniversary|celebrat|warranty|in business|\\bago\\b|\\bold\\b|contract", FLAGS);

    private ExperienceYears() {
    }

    /**
     * The sentences of a section that may ask for years of experience: they name years, and are neither
     * nice-to-have wording nor company history; about, benefits and nice-to-have sections ask for none.
     */
    private static List<Integer> askingSentences(TokenizedText text, SectionKind section) {
        List<Integer> sentences = new java.util.ArrayList<>();
        if (section == SectionKind.ABOUT || section == SectionKind.BENEFITS || section == SectionKind.NICE_TO_HAVE) {
            return sentences;
        }
        int last = -1;
        for (Token token : text.tokens()) {
            int s = token.sentence();
            if (s == last || !token.isWord() || !mentionsYears(token.lower())) {
                continue;
            }
            last = s;
            String sentence = text.sentenceText(s);
            if (!NICE.matcher(sentence).find() && !ABOUT_COMPANY.matcher(sentence).find()) {
                sentences.add(s);
            }
        }
        return sentences;
    }

    /** The largest number of years one section asks for, or null when it asks for none. */
    static Integer inSection(TokenizedText text, SectionKind section, List<SkillHit> hits) {
        Integer most = null;
        for (int s : askingSentences(text, section)) {
            String sentence = text.sentenceText(s);
            if (section != SectionKind.REQUIREMENTS && !EXPERIENCE.matcher(sentence).find() && !namesSkill(hits, s)) {
                continue;
            }
            Integer years = yearsIn(sentence);
            if (years != null && (most == null || years > most)) {
                most = years;
            }
        }
        return most;
    }

    /**
     * The years asked for with each skill of a section: a skill in a sentence that asks for years ("5+ years
     * of Java", "Kotlin (3 years)") gets the figure nearest to it in the same part of the sentence (between
     * commas), or else in the whole sentence ("5+ years with Java, Spring and Kafka" gives all three 5). Same sentences as
     * {@link #inSection}: nothing from company history, nice-to-have wording or about/benefits sections.
     */
    static Map<TaxonomyEntry, Integer> perSkill(TokenizedText text, SectionKind section, List<SkillHit> hits) {
        Map<TaxonomyEntry, Integer> years = new java.util.HashMap<>();
        if (hits.isEmpty()) {
            return years;
        }
        for (int s : askingSentences(text, section)) {
            String sentence = text.sentenceText(s);
            int sentenceStart = text.sentences()[2 * s];
            List<int[]> figures = new java.util.ArrayList<>();
            Matcher matcher = YEARS.matcher(sentence);
            while (matcher.find()) {
                Integer figure = number(matcher.group(1));
                if (figure != null && figure > 0 && figure <= MAX_YEARS) {
                    figures.add(new int[] {sentenceStart + matcher.start(), sentenceStart + matcher.end(), figure});
                }
            }
            if (figures.isEmpty()) {
                continue;
            }
            for (SkillHit hit : hits) {
                if (hit.sentence() != s) {
                    continue;
                }
                int at = text.token(hit.first()).start();
                int[] nearest = null;
                for (boolean sameSegment : new boolean[] {true, false}) {
                    for (int[] figure : figures) {
                        boolean candidate = !sameSegment || segment(text.text(), sentenceStart, figure[0]) == segment(text.text(), sentenceStart, at);
                        if (candidate && (nearest == null || distance(figure, at) < distance(nearest, at))) {
                            nearest = figure;
                        }
                    }
                    if (nearest != null) {
                        break;
                    }
                }
                years.merge(hit.entry(), nearest[2], Math::max);
            }
        }
        return years;
    }

    /** How many ',' or ';' come before {@code offset} in its sentence: "6 years of Java, including 2 years with Kafka". */
    private static int segment(String text, int sentenceStart, int offset) {
        int segment = 0;
        for (int i = sentenceStart; i < offset; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';') {
                segment++;
            }
        }
        return segment;
    }

    private static int distance(int[] figure, int offset) {
        return offset < figure[0] ? figure[0] - offset : Math.max(0, offset - figure[1]);
    }

    private static boolean mentionsYears(String word) {
        return word.startsWith("year") || word.startsWith("yr") || word.startsWith("jahr") || word.contains("jährig");
    }

    private static Integer yearsIn(String sentence) {
        Integer most = null;
        Matcher matcher = YEARS.matcher(sentence);
        while (matcher.find()) {
            Integer years = number(matcher.group(1));
            if (years != null && years > 0 && years <= MAX_YEARS && (most == null || years > most)) {
                most = years;
            }
        }
        Matcher several = SEVERAL.matcher(sentence);
        while (several.find()) {
            int years = several.group(1).toLowerCase(Locale.ROOT).startsWith("lang")
                    || several.group(1).toLowerCase(Locale.ROOT).startsWith("many") ? MANY_YEARS : SEVERAL_YEARS;
            if (most == null || years > most) {
                most = years;
            }
        }
        return most;
    }

    private static Integer number(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return Integer.parseInt(written);
        }
        return NUMBER_WORDS.get(written.toLowerCase(Locale.ROOT));
    }

    private static boolean namesSkill(List<SkillHit> hits, int sentence) {
        for (SkillHit hit : hits) {
            if (hit.sentence() == sentence) {
                return true;
            }
        }
        return false;
    }
}
