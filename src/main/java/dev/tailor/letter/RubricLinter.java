package dev.tailor.letter;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.CompanySignal;
import dev.tailor.analysis.SkillMention;
import dev.tailor.match.Tailoring;
import dev.tailor.posting.Posting;
import dev.tailor.profile.Achievement;
import dev.tailor.profile.CandidateProfile;
import java.util.ArrayList;
import java.util.List;
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

    /** Rule names, in the rubric's order. */
    public static final List<String> RULES = List.of("length", "opening-metric", "company-named",
            "mirrors-requirements", "company-signal", "specific-close", "no-generic-phrases", "no-laundry-list",
            "human-element", "no-salary", "outdated-framed", "no-fabrication");

    private static final Pattern NEXT_STEP = Pattern.compile("(?i)\\b(call|conversation|chat|meeting|interview|"
            + "walk (?:you )?through|walk-through|session|discussion|demo|whiteboard)\\b");
    private static final Pattern PROPOSAL = Pattern.compile("(?i)(\\?|\\b(could we|can we|shall we|let's|let us|"
            + "I(?: would|'d) (?:like|welcome|be glad|be happy|suggest|propose)|I propose|I suggest|would you)\\b)");
    /** A bare year is a date, not a metric. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Set<String> PROBLEM_SIGNALS = Set.of("migration", "growth", "legacy", "greenfield",
            "compliance", "long-open");
    /** The words that show a letter took up a kind of company signal, by the signal's type. */
    static final Map<String, WordsPattern> SIGNAL_WORDS = Map.of(
            "migration", new WordsPattern("(?i)\\bmigrat\\w*|\\bmoving from\\b", "migrat", "moving from"),
            "growth", new WordsPattern("(?i)\\bgrowth\\b|\\bgrowing\\b", "growth", "growing"),
            "legacy", new WordsPattern("(?i)\\blegacy\\b", "legacy"),
            "greenfield", new WordsPattern("(?i)\\bgreenfield\\b|\\bfrom scratch\\b", "greenfield", "from scratch"),
            "open-source", new WordsPattern("(?i)\\bopen[- ]source\\b", "open"),
            "blog", new WordsPattern("(?i)\\bblog\\b", "blog"),
            "remote", new WordsPattern("(?i)\\bremote\\b", "remote"),
            "long-open", new WordsPattern("(?i)\\bstays? open\\b|\\bopen for a while\\b", "open"));

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
        return lint(paragraphs, new LintSource(posting, analysis, profile, tailoring));
    }

    /** Checks one draft of a letter whose posting-side facts were gathered once in {@code source}. */
    List<LintResult> lint(List<String> paragraphs, LintSource source) {
        LintFacts facts = new LintFacts(Objects.requireNonNull(paragraphs, "paragraphs"), source);
        return List.of(length(facts), openingMetric(facts), companyNamed(facts), mirrorsRequirements(facts),
                companySignal(facts), specificClose(facts), StyleChecks.noGenericPhrases(facts),
                StyleChecks.noLaundryList(facts), StyleChecks.humanElement(facts), StyleChecks.noSalary(facts),
                StyleChecks.outdatedFramed(facts), ClaimCheck.noFabrication(facts));
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

    /**
     * The top requirements the candidate can show with an achievement must each be named next to evidence, at
     * least {@value #MIN_MIRRORED} of them (all when there are fewer). A requirement the profile only lists, with no
     * achievement behind it, cannot stand next to evidence without inventing some: it is reported, not required.
     */
    private static LintResult mirrorsRequirements(LintFacts f) {
        List<SkillMention> held = RequirementCoverage.topHeld(f.analysis, f.profile, f.tailoring);
        List<SkillMention> showable = RequirementCoverage.topEvidenced(f.analysis, f.profile, f.tailoring);
        List<String> mirrored = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        for (SkillMention skill : showable) {
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
        List<String> unshowable = held.stream().filter(s -> !showable.contains(s)).map(RequirementCoverage::spelling)
                .toList();
        int needed = Math.min(MIN_MIRRORED, showable.size());
        boolean ok = !showable.isEmpty() && mirrored.size() >= needed;
        String detail = mirrored.size() + " of " + showable.size()
                + " top requirements the candidate can show named with evidence"
                + (mirrored.isEmpty() ? "" : ": " + String.join(", ", mirrored))
                + (bare.isEmpty() ? "" : "; without evidence: " + String.join(", ", bare))
                + (unshowable.isEmpty() ? "" : "; in the profile without an achievement to show: "
                        + String.join(", ", unshowable));
        if (held.isEmpty()) {
            detail = "the candidate has none of the posting's top requirements";
        } else if (showable.isEmpty()) {
            detail = "no achievement shows any of the top requirements the candidate has: " + String.join(", ", unshowable);
        }
        return new LintResult("mirrors-requirements", ok, detail);
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
        WordsPattern words = SIGNAL_WORDS.get(signal.type());
        return words != null && words.foundIn(text);
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

    /** How the text names the skill: the posting's spelling or the canonical name, or null. */
    static String namedAs(String text, SkillMention skill) {
        String spelling = RequirementCoverage.spelling(skill);
        if (LetterText.names(text, spelling)) {
            return spelling;
        }
        return LetterText.names(text, skill.name()) ? skill.name() : null;
    }
}
