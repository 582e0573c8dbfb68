package dev.tailor.letter;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.CompanySignal;
import dev.tailor.analysis.SkillMention;
import dev.tailor.match.Tailoring;
import dev.tailor.posting.Posting;
import dev.tailor.profile.Achievement;
import dev.tailor.profile.CandidateProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies every check of LETTER-RUBRIC.md to a letter's body paragraphs.
 *
 * <p>A pure function of its arguments: the same letter, posting, analysis, profile and plan always give the
 * same results, in the rubric's order. Each result's detail says what was found, so a person reading the
 * report can see why a rule failed. Stateless and thread-safe.
 */
public final class RubricLinter {
    /** The rubric's word range for the body. */
    public static final int MIN_WORDS = 300;
    public static final int MAX_WORDS = 400;
    /** The alignment paragraph mirrors at least this many top requirements. */
    static final int MIN_MIRRORED = 3;
    /** A run of more technologies than this in one sentence is a laundry list. */
    static final int MAX_TECH_RUN = 4;

    /** Rule names, in the rubric's order. */
    public static final List<String> RULES = List.of("length", "opening-metric", "company-named",
            "mirrors-requirements", "company-signal", "specific-close", "no-generic-phrases", "no-laundry-list",
            "human-element", "no-salary", "outdated-framed", "no-fabrication");

    private static final Map<String, Pattern> GENERIC_PHRASES = Map.of(
            "To whom it may concern", Pattern.compile("(?i)\\bto whom it may concern\\b"),
            "I look forward to hearing from you", Pattern.compile("(?i)\\bI(?: a|')m looking forward to hearing from you|\\bI look forward to hearing from you"),
            "responsible for", Pattern.compile("(?i)\\bresponsible for\\b"),
            "hard-working", Pattern.compile("(?i)\\bhard[- ]?working\\b"),
            "team player", Pattern.compile("(?i)\\bteam[- ]player\\b"));
    private static final Pattern PASSIONATE = Pattern.compile("(?i)\\bpassionate about\\b");
    private static final Pattern HUMAN = Pattern.compile("(?i)\\b(mentor\\w*|code reviews?|design reviews?|reviewing|"
            + "pair(?:ed|ing)?(?: program\\w*)?|collaborat\\w*|cross-team|cross-functional|coach\\w*|onboard\\w*|"
            + "teammates?|knowledge sharing|shared design)\\b");
    private static final Pattern SALARY = Pattern.compile("(?i)\\b(salary|salaries|compensation|remuneration|wages?|"
            + "pay (?:expectations?|range|band|rate|requirements?)|(?:expected|desired|target) (?:pay|rate|package)|"
            + "per annum|hourly rate|day rate)\\b");
    private static final Pattern NEXT_STEP = Pattern.compile("(?i)\\b(call|conversation|chat|meeting|interview|"
            + "walk (?:you )?through|walk-through|session|discussion|demo|whiteboard)\\b");
    private static final Pattern PROPOSAL = Pattern.compile("(?i)(\\?|\\b(could we|can we|shall we|let's|let us|"
            + "I(?: would|'d) (?:like|welcome|be glad|be happy|suggest|propose)|I propose|I suggest|would you)\\b)");
    /** Technologies that date a letter unless they appear as something migrated from. Case matters: "Flash". */
    private static final List<Pattern> OUTDATED = List.of(
            Pattern.compile("\\bjQuery\\b"), Pattern.compile("\\bSVN\\b"), Pattern.compile("\\bSubversion\\b"),
            Pattern.compile("\\bPHP ?5(?:\\.\\d+)?\\b"), Pattern.compile("\\bPython ?2(?:\\.\\d+)?\\b"),
            Pattern.compile("\\bAngularJS\\b"), Pattern.compile("\\bAngular\\.js\\b"), Pattern.compile("\\bStruts ?1\\b"),
            Pattern.compile("\\bEJB ?2\\b"), Pattern.compile("\\bJava ?6\\b"), Pattern.compile("\\bSilverlight\\b"),
            Pattern.compile("\\bColdFusion\\b"), Pattern.compile("\\bVB6\\b"), Pattern.compile("\\bVisual Basic 6\\b"),
            Pattern.compile("\\bCoffeeScript\\b"), Pattern.compile("\\bBackbone\\.js\\b"), Pattern.compile("\\bFlash\\b"));
    private static final Pattern MIGRATED_FROM = Pattern.compile("(?i)\\b(migrat\\w*|replac\\w*|retir\\w*|upgrad\\w*|"
            + "rewr(?:ote|ite|itten|iting)|decommission\\w*|sunset\\w*|phas(?:e|ed|ing) out|moved? off|moving off|"
            + "away from|off of|port(?:ed|ing) \\S+(?: \\S+){0,4} from|mov(?:ed?|ing) \\S+(?: \\S+){0,6} from)\\b");
    private static final Pattern TECH_SEPARATOR = Pattern.compile("^[\\s,;/&+]*(?:(?:and|or)[\\s,;/&+]*)?$");
    /** One capitalised word of a name; inner dots only, so "Retail. You" ends at "Retail". */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\.[\\p{L}\\p{N}]+)*";
    /** A capitalised name after "at": where the letter says someone worked. */
    private static final Pattern AT_NAME = Pattern.compile(
            "(?<![\\p{L}])[Aa]t (" + NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|&|of|and))*)");
    private static final Pattern TITLE = Pattern.compile("((?:\\p{Lu}[\\p{L}/+#.-]*\\s+){0,3}"
            + "(?:Engineer|Developer|Architect|Manager|Director|Consultant|Intern|Scientist|Analyst|Administrator|CTO))\\b");
    /** A bare year is a date, not a metric. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** "a 30-minute call": a proposed duration, not a claim. */
    private static final Pattern DURATION = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d+)(?:-| )(?:minutes?|min|hours?)\\b");
    private static final Set<String> PROBLEM_SIGNALS = Set.of("migration", "growth", "legacy", "greenfield",
            "compliance", "long-open");
    private static final Map<String, Pattern> SIGNAL_WORDS = Map.of(
            "migration", Pattern.compile("(?i)\\bmigrat\\w*|\\bmoving from\\b"),
            "growth", Pattern.compile("(?i)\\bgrowth\\b|\\bgrowing\\b"),
            "legacy", Pattern.compile("(?i)\\blegacy\\b"),
            "greenfield", Pattern.compile("(?i)\\bgreenfield\\b|\\bfrom scratch\\b"),
            "open-source", Pattern.compile("(?i)\\bopen[- ]source\\b"),
            "blog", Pattern.compile("(?i)\\bblog\\b"),
            "remote", Pattern.compile("(?i)\\bremote\\b"),
            "long-open", Pattern.compile("(?i)\\bstays? open\\b|\\bopen for a while\\b"));

    /**
     * Checks the letter against every rule.
     *
     * @param paragraphs the letter's body paragraphs, opening first and closing last
     * @return one result per rule, in the order of {@link #RULES}
     */
    public List<LintResult> lint(List<String> paragraphs, Posting posting, Analysis analysis, CandidateProfile profile,
                                 Tailoring tailoring) {
        Objects.requireNonNull(paragraphs, "paragraphs");
        Objects.requireNonNull(posting, "posting");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(tailoring, "tailoring");
        LintFacts facts = new LintFacts(paragraphs, posting, analysis, profile, tailoring);
        return List.of(length(facts), openingMetric(facts), companyNamed(facts), mirrorsRequirements(facts),
                companySignal(facts), specificClose(facts), noGenericPhrases(facts), noLaundryList(facts),
                humanElement(facts), noSalary(facts), outdatedFramed(facts), noFabrication(facts));
    }

    private static LintResult length(LintFacts f) {
        int words = LetterText.words(f.body);
        return new LintResult("length", words >= MIN_WORDS && words <= MAX_WORDS,
                words + " words (" + MIN_WORDS + "-" + MAX_WORDS + ")");
    }

    private static LintResult openingMetric(LintFacts f) {
        String first = f.paragraphs.isEmpty() ? "" : f.paragraphs.get(0);
        List<String> figures = LetterText.figures(first).stream().filter(n -> !YEAR.matcher(n).matches()).toList();
        List<String> topics = new ArrayList<>();
        for (SkillMention skill : f.analysis.skills()) {
            String named = namedAs(first, skill);
            if (named != null) {
                topics.add(named);
            }
        }
        for (CompanySignal signal : f.signals) {
            if (PROBLEM_SIGNALS.contains(signal.type()) && signalUsed(first, signal)) {
                topics.add(signal.type() + " (" + signal.value() + ")");
            }
        }
        boolean ok = !figures.isEmpty() && !topics.isEmpty();
        String detail = (figures.isEmpty() ? "no figure" : "figure " + figures.get(0)) + "; "
                + (topics.isEmpty() ? "no technology or problem from the posting" : "names " + String.join(", ", topics));
        return new LintResult("opening-metric", ok, detail);
    }

    private static LintResult companyNamed(LintFacts f) {
        String company = f.posting.company();
        int times = 0;
        for (int i = 0; i < f.paragraphs.size() - 1; i++) {
            if (LetterText.namesIgnoringCase(f.paragraphs.get(i), company)) {
                times++;
            }
        }
        return new LintResult("company-named", times > 0, times > 0
                ? company + " named in " + times + " paragraph(s) before the closing"
                : company + " not named outside the closing");
    }

    private static LintResult mirrorsRequirements(LintFacts f) {
        List<SkillMention> held = RequirementCoverage.topHeld(f.analysis, f.profile, f.tailoring);
        List<String> mirrored = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        for (SkillMention skill : held) {
            boolean named = false;
            boolean evidenced = false;
            for (String sentence : f.sentences) {
                if (namedAs(sentence, skill) != null) {
                    named = true;
                    evidenced |= hasEvidence(sentence, f);
                }
            }
            if (evidenced) {
                mirrored.add(RequirementCoverage.spelling(skill));
            } else if (named) {
                bare.add(RequirementCoverage.spelling(skill));
            }
        }
        int needed = Math.min(MIN_MIRRORED, held.size());
        boolean ok = !held.isEmpty() && mirrored.size() >= needed;
        String detail = mirrored.size() + " of " + held.size() + " top requirements the candidate has named with evidence"
                + (mirrored.isEmpty() ? "" : ": " + String.join(", ", mirrored))
                + (bare.isEmpty() ? "" : "; without evidence: " + String.join(", ", bare));
        return new LintResult("mirrors-requirements", ok, held.isEmpty()
                ? "the candidate has none of the posting's top requirements" : detail);
    }

    /** Evidence beside a requirement: a figure or an employer the candidate worked for. */
    private static boolean hasEvidence(String sentence, LintFacts f) {
        return !LetterText.figures(sentence).isEmpty()
                || f.employers.stream().anyMatch(e -> LetterText.namesIgnoringCase(sentence, e));
    }

    private static LintResult companySignal(LintFacts f) {
        List<String> used = new ArrayList<>();
        for (CompanySignal signal : f.signals) {
            if (signalUsed(f.body, signal)) {
                used.add(signal.type() + " (" + signal.value() + ")");
            }
        }
        if (f.signals.isEmpty()) {
            return new LintResult("company-signal", false, "the posting shows no company signal to use");
        }
        return new LintResult("company-signal", !used.isEmpty(),
                used.isEmpty() ? "none of " + f.signals.size() + " signals used" : "uses " + String.join(", ", used));
    }

    private static boolean signalUsed(String text, CompanySignal signal) {
        if (signal.value() != null && !signal.value().isBlank()
                && LetterText.namesIgnoringCase(text, LetterModel.clause(signal.value()))) {
            return true;
        }
        Pattern words = SIGNAL_WORDS.get(signal.type());
        return words != null && words.matcher(text).find();
    }

    private static LintResult specificClose(LintFacts f) {
        String last = f.paragraphs.isEmpty() ? "" : f.paragraphs.get(f.paragraphs.size() - 1);
        String achievement = null;
        for (Achievement a : f.profile.achievements()) {
            if (a.employer() != null && LetterText.namesIgnoringCase(last, a.employer())) {
                achievement = a.employer();
                break;
            }
            for (String figure : LetterText.figures(a.result() + " " + a.action())) {
                if (LetterText.figures(last).contains(figure)) {
                    achievement = figure;
                    break;
                }
            }
        }
        Matcher step = NEXT_STEP.matcher(last);
        boolean hasStep = step.find() && PROPOSAL.matcher(last).find();
        String detail = (achievement == null ? "no concrete achievement" : "achievement: " + achievement) + "; "
                + (hasStep ? "next step: " + step.group(1) : "no concrete next step proposed");
        return new LintResult("specific-close", achievement != null && hasStep, detail);
    }

    private static LintResult noGenericPhrases(LintFacts f) {
        Set<String> found = new LinkedHashSet<>();
        GENERIC_PHRASES.forEach((phrase, pattern) -> {
            if (pattern.matcher(f.body).find()) {
                found.add(phrase);
            }
        });
        for (String sentence : f.sentences) {
            if (PASSIONATE.matcher(sentence).find() && LetterText.figures(sentence).isEmpty()) {
                found.add("passionate about (without a fact)");
            }
        }
        List<String> sorted = found.stream().sorted().toList();
        return new LintResult("no-generic-phrases", found.isEmpty(),
                found.isEmpty() ? "none found" : "found: " + String.join("; ", sorted));
    }

    private static LintResult noLaundryList(LintFacts f) {
        int longest = 0;
        String worst = "";
        for (String sentence : f.sentences) {
            List<int[]> spans = techSpans(sentence, f.technologies);
            int run = spans.isEmpty() ? 0 : 1;
            int start = 0;
            for (int i = 1; i < spans.size(); i++) {
                String gap = sentence.substring(spans.get(i - 1)[1], spans.get(i)[0]);
                if (TECH_SEPARATOR.matcher(gap).matches()) {
                    run++;
                } else {
                    run = 1;
                    start = i;
                }
                if (run > longest) {
                    longest = run;
                    worst = sentence.substring(spans.get(start)[0], spans.get(i)[1]);
                }
            }
            longest = Math.max(longest, spans.isEmpty() ? 0 : 1);
        }
        boolean ok = longest <= MAX_TECH_RUN;
        return new LintResult("no-laundry-list", ok, ok ? "longest run of technologies: " + longest
                : longest + " technologies in a row: " + worst);
    }

    /** Where the sentence names a technology: non-overlapping spans, longest name first at each place. */
    private static List<int[]> techSpans(String sentence, Set<String> technologies) {
        List<int[]> spans = new ArrayList<>();
        for (String tech : technologies) {
            int at = LetterText.indexOfName(sentence, tech, 0);
            while (at >= 0) {
                spans.add(new int[] {at, at + tech.length()});
                at = LetterText.indexOfName(sentence, tech, at + 1);
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> kept = new ArrayList<>();
        for (int[] span : spans) {
            if (kept.isEmpty() || span[0] >= kept.get(kept.size() - 1)[1]) {
                kept.add(span);
            }
        }
        return kept;
    }

    private static LintResult humanElement(LintFacts f) {
        for (String sentence : f.profile.collaboration()) {
            String phrase = LetterModel.clause(sentence);
            if (!phrase.isEmpty() && f.body.contains(phrase)) {
                return new LintResult("human-element", true, "mentions: " + phrase);
            }
        }
        Matcher matcher = HUMAN.matcher(f.body);
        if (matcher.find()) {
            return new LintResult("human-element", true, "mentions " + matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return new LintResult("human-element", false, "no collaboration, mentoring, code review or cross-team work");
    }

    private static LintResult noSalary(LintFacts f) {
        Matcher matcher = SALARY.matcher(f.body);
        return matcher.find()
                ? new LintResult("no-salary", false, "mentions " + matcher.group(1))
                : new LintResult("no-salary", true, "no pay expectations");
    }

    private static LintResult outdatedFramed(LintFacts f) {
        List<String> framed = new ArrayList<>();
        List<String> unframed = new ArrayList<>();
        for (String sentence : f.sentences) {
            for (Pattern pattern : OUTDATED) {
                Matcher matcher = pattern.matcher(sentence);
                while (matcher.find()) {
                    (MIGRATED_FROM.matcher(sentence).find() ? framed : unframed).add(matcher.group());
                }
            }
        }
        if (!unframed.isEmpty()) {
            return new LintResult("outdated-framed", false, "not framed as a migration: " + String.join(", ", unframed));
        }
        return new LintResult("outdated-framed", true, framed.isEmpty() ? "no outdated technology"
                : "framed as a migration: " + String.join(", ", framed));
    }

    private static LintResult noFabrication(LintFacts f) {
        List<String> unknown = new ArrayList<>();
        Set<String> allowedFigures = f.sourceFigures();
        String claims = DURATION.matcher(f.body).replaceAll(" ");
        for (String figure : LetterText.figures(claims)) {
            if (!allowedFigures.contains(figure) && !allowedFigures.contains(figure.replace(",", ""))) {
                unknown.add("figure " + figure);
            }
        }
        Matcher at = AT_NAME.matcher(f.body);
        while (at.find()) {
            // "At Example Systems I rebuilt ...": the pronoun is not part of the name.
            String name = at.group(1).replaceAll("\\s+I$", "").replaceAll("['’]s$", "").replaceAll("[.,]+$", "");
            if (!f.knownName(name)) {
                unknown.add("employer " + name);
            }
        }
        Matcher title = TITLE.matcher(f.body);
        while (title.find()) {
            if (!f.knownTitle(title.group(1))) {
                unknown.add("title " + title.group(1));
            }
        }
        // The company and the job title may come from the posting even when they name a technology
        // ("Vercel", "Machine Learning Engineer"): only the rest of the letter makes claims.
        String claimsText = without(without(f.body, f.posting.title()), f.posting.company());
        for (SkillMention skill : f.analysis.skills()) {
            String named = namedAs(claimsText, skill);
            if (named != null && !f.claims(skill)) {
                unknown.add("technology " + named);
            }
        }
        List<String> distinct = unknown.stream().distinct().toList();
        return new LintResult("no-fabrication", distinct.isEmpty(), distinct.isEmpty()
                ? "every figure, employer, title and technology comes from the profile or the posting"
                : "not in the profile or the posting: " + String.join("; ", distinct));
    }

    private static String without(String text, String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return text;
        }
        return Pattern.compile(Pattern.quote(phrase.strip()), Pattern.CASE_INSENSITIVE).matcher(text).replaceAll(" ");
    }

    /** How the text names the skill: the posting's spelling or the canonical name, or null. */
    private static String namedAs(String text, SkillMention skill) {
        String spelling = RequirementCoverage.spelling(skill);
        if (LetterText.names(text, spelling)) {
            return spelling;
        }
        return LetterText.names(text, skill.name()) ? skill.name() : null;
    }
}
