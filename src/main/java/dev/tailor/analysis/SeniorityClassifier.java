package dev.tailor.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the level a posting hires at, from the strongest evidence available:
 * <ol>
 *   <li>the title: intern, trainee, graduate, student → entry; staff, principal, lead, head, manager,
 *       architect, director → lead; senior, sr → senior; mid, intermediate → mid; junior, entry → entry;
 *       a trailing level numeral I, II, III, IV → entry, mid, senior, lead;</li>
 *   <li>a stated level in the text ("Experience level: Senior"); when it names a range ("Junior
 *       Mid-Level"), the level the years point to, kept inside the range, or else the highest;</li>
 *   <li>the years asked for: 0–1 entry, 2–4 mid, 5–9 senior, 10 or more lead. "2+ years" is the most
 *       common ask of a mid-level role and "8+ years" still mostly of a senior one; only a decade
 *       of experience points to staff and lead roles;</li>
 *   <li>wording: "direct reports", "manage a team" → lead; "entry-level", "new grad" → entry;
 *       "senior-level" → senior;</li>
 *   <li>otherwise mid.</li>
 * </ol>
 */
final class SeniorityClassifier {
    private static final int ENTRY_MAX_YEARS = 1;
    private static final int MID_MAX_YEARS = 4;
    private static final int SENIOR_MAX_YEARS = 9;

    private static final Map<String, Seniority> TITLE_ROLE_WORDS = Map.ofEntries(
            Map.entry("intern", Seniority.ENTRY), Map.entry("internship", Seniority.ENTRY),
            Map.entry("trainee", Seniority.ENTRY), Map.entry("apprentice", Seniority.ENTRY),
            Map.entry("apprenticeship", Seniority.ENTRY), Map.entry("graduate", Seniority.ENTRY),
            Map.entry("grad", Seniority.ENTRY), Map.entry("student", Seniority.ENTRY),
            Map.entry("werkstudent", Seniority.ENTRY), Map.entry("praktikant", Seniority.ENTRY),
            Map.entry("praktikum", Seniority.ENTRY), Map.entry("ausbildung", Seniority.ENTRY));
    private static final Map<String, Seniority> TITLE_LEVEL_WORDS = Map.ofEntries(
            Map.entry("staff", Seniority.LEAD), Map.entry("principal", Seniority.LEAD), Map.entry("lead", Seniority.LEAD),
            Map.entry("head", Seniority.LEAD), Map.entry("manager", Seniority.LEAD), Map.entry("architect", Seniority.LEAD),
            Map.entry("director", Seniority.LEAD), Map.entry("vp", Seniority.LEAD), Map.entry("chief", Seniority.LEAD),
            Map.entry("cto", Seniority.LEAD), Map.entry("distinguished", Seniority.LEAD), Map.entry("leiter", Seniority.LEAD),
            Map.entry("senior", Seniority.SENIOR), Map.entry("sr", Seniority.SENIOR), Map.entry("snr", Seniority.SENIOR),
            Map.entry("sen", Seniority.SENIOR),
            Map.entry("mid", Seniority.MID), Map.entry("intermediate", Seniority.MID), Map.entry("medior", Seniority.MID),
            Map.entry("junior", Seniority.ENTRY), Map.entry("jr", Seniority.ENTRY), Map.entry("entry", Seniority.ENTRY));
    private static final Map<String, Seniority> TITLE_NUMERALS = Map.of(
            "i", Seniority.ENTRY, "1", Seniority.ENTRY, "ii", Seniority.MID, "2", Seniority.MID,
            "iii", Seniority.SENIOR, "3", Seniority.SENIOR, "iv", Seniority.LEAD, "4", Seniority.LEAD);
    private static final Pattern STATED_LEVEL = Pattern.compile(
            "(?:experience|seniority|career|job)[ -]level\\s*:?\\s*([^\\n]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEVEL_WORD = Pattern.compile(
            "\\b(entry|junior|intern|mid|intermediate|senior|lead|principal|staff|manager|director|executive)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Seniority> STATED_WORDS = Map.ofEntries(
            Map.entry("entry", Seniority.ENTRY), Map.entry("junior", Seniority.ENTRY), Map.entry("intern", Seniority.ENTRY),
            Map.entry("mid", Seniority.MID), Map.entry("intermediate", Seniority.MID), Map.entry("senior", Seniority.SENIOR),
            Map.entry("lead", Seniority.LEAD), Map.entry("principal", Seniority.LEAD), Map.entry("staff", Seniority.LEAD),
            Map.entry("manager", Seniority.LEAD), Map.entry("director", Seniority.LEAD), Map.entry("executive", Seniority.LEAD));
    private static final PhraseIndex<Seniority> WORDING = wording();

    private SeniorityClassifier() {
    }

    private static PhraseIndex<Seniority> wording() {
        PhraseIndex<Seniority> wording = new PhraseIndex<>();
        for (String phrase : List.of("direct reports", "people management", "line management", "manage a team",
                "managing a team", "lead a team", "leading a team", "people leader", "führungserfahrung",
                "personalverantwortung")) {
            wording.add(phrase, Seniority.LEAD);
        }
        for (String phrase : List.of("entry level", "new grad", "new grads", "recent graduate", "recent graduates",
                "graduate programme", "graduate program", "no prior experience", "no experience required",
                "junior role", "junior position", "junior level", "berufseinsteiger", "berufseinsteigerin")) {
            wording.add(phrase, Seniority.ENTRY);
        }
        for (String phrase : List.of("senior level", "senior role", "senior position")) {
            wording.add(phrase, Seniority.SENIOR);
        }
        return wording;
    }

    /** The level the title names, or null. */
    static Seniority fromTitle(TokenizedText title) {
        Seniority level = null;
        for (int t = 0; t < title.size(); t++) {
            Token token = title.token(t);
            if (!token.isWord()) {
                continue;
            }
            Seniority role = TITLE_ROLE_WORDS.get(token.lower());
            if (role != null) {
                return role;
            }
            Seniority word = TITLE_LEVEL_WORDS.get(token.lower());
            if (word == null && t > 0 && isLast(title, t)) {
                word = TITLE_NUMERALS.get(token.lower());
            }
            if (word != null && (level == null || rank(word) > rank(level))) {
                level = word;
            }
        }
        return level;
    }

    /** Lead outranks senior outranks mid outranks entry when a title holds several level words. */
    private static int rank(Seniority level) {
        return switch (level) {
            case LEAD -> 3;
            case SENIOR -> 2;
            case MID -> 1;
            case ENTRY -> 0;
        };
    }

    private static boolean isLast(TokenizedText title, int t) {
        for (int k = t + 1; k < title.size(); k++) {
            Token after = title.token(k);
            if (after.isWord()) {
                return false;
            }
            if (after.isPunct('(') || after.isPunct(',') || after.isPunct('|') || after.isPunct('/')) {
                return true;
            }
        }
        return true;
    }

    /**
     * The levels the posting states ("Experience level: Senior", "Experience level: Junior Mid-Level")
     * as {@code [lowest, highest]}, or null when it states none.
     */
    static Seniority[] stated(String text) {
        Matcher matcher = STATED_LEVEL.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        String levels = matcher.group(1).isBlank() ? nextLine(text, matcher.end()) : matcher.group(1);
        Seniority lowest = null;
        Seniority highest = null;
        Matcher word = LEVEL_WORD.matcher(levels);
        while (word.find()) {
            Seniority level = STATED_WORDS.get(word.group(1).toLowerCase(Locale.ROOT));
            lowest = lowest == null || rank(level) < rank(lowest) ? level : lowest;
            highest = highest == null || rank(level) > rank(highest) ? level : highest;
        }
        return highest == null ? null : new Seniority[] {lowest, highest};
    }

    /**
     * The level of a posting that states a range of levels: the one its years point to, kept inside
     * the range; without years, the highest level it names.
     */
    static Seniority withinStated(Seniority[] range, Integer years) {
        if (years == null) {
            return range[1];
        }
        Seniority level = fromYears(years);
        if (rank(level) < rank(range[0])) {
            return range[0];
        }
        return rank(level) > rank(range[1]) ? range[1] : level;
    }

    private static String nextLine(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The level a number of years points to. */
    static Seniority fromYears(int years) {
        if (years <= ENTRY_MAX_YEARS) {
            return Seniority.ENTRY;
        }
        if (years <= MID_MAX_YEARS) {
            return Seniority.MID;
        }
        return years <= SENIOR_MAX_YEARS ? Seniority.SENIOR : Seniority.LEAD;
    }

    /** The strongest level the wording of a text suggests (lead, then entry, then senior), or null. */
    static Seniority fromWording(TokenizedText text) {
        boolean entry = false;
        boolean senior = false;
        for (int t = 0; t < text.size(); t++) {
            if (!text.token(t).isWord()) {
                continue;
            }
            PhraseIndex.Match<Seniority> match = WORDING.longestAt(text.tokens(), t);
            if (match != null) {
                Seniority level = match.payloads().get(0);
                if (level == Seniority.LEAD) {
                    return level;
                }
                entry |= level == Seniority.ENTRY;
                senior |= level == Seniority.SENIOR;
            }
        }
        return entry ? Seniority.ENTRY : senior ? Seniority.SENIOR : null;
    }
}
