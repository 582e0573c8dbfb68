package dev.tailor.match;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.CompanySignal;
import dev.tailor.analysis.Requirement;
import dev.tailor.analysis.SkillMention;
import dev.tailor.profile.Achievement;
import dev.tailor.profile.CandidateProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Scores the candidate's achievements against one posting and plans the letter: which achievements
 * answer which requirements, what is missing, and how to open.
 *
 * <p>Only the profile is evidence: a skill the candidate does not list is never matched, whatever the
 * posting says. Required skills weigh most, then nice-to-have, then skills mentioned in passing;
 * achievement themes that answer a company signal and recent work add to an achievement's weight.
 */
public final class AchievementMatcher {
    private static final double REQUIRED_WEIGHT = 3.0;
    private static final double NICE_WEIGHT = 1.5;
    private static final double MENTIONED_WEIGHT = 0.5;
    /** A skill only claimed in the profile's list, with no achievement behind it, counts this much. */
    private static final double CLAIM_ONLY_CREDIT = 0.6;
    private static final double THEME_BONUS = 1.0;
    private static final int RECENT_YEARS = 2;
    private static final int RECENCY_LOSS_PER_YEAR = 15;
    private static final int WEAK_SCORE = 35;
    private static final int CHOSEN_ACHIEVEMENTS = 4;
    private static final int MAX_EVIDENCE = 4;

    /** Which achievement themes answer which signal types (DESIGN.md themes and signal types). */
    private static final Map<String, Set<String>> THEMES_FOR_SIGNAL = Map.of(
            "migration", Set.of("migration"),
            "legacy", Set.of("migration", "reliability", "testing"),
            "growth", Set.of("scalability", "performance", "reliability"),
            "greenfield", Set.of("api", "devops", "data"),
            "compliance", Set.of("security"),
            "long-open", Set.of("mentoring", "collaboration"),
            "team-size", Set.of("mentoring", "collaboration"),
            "open-source", Set.of("collaboration", "api"));
    /** Signal types that reveal a problem a letter can offer to solve (the "unannounced problem" opening). */
    private static final Set<String> PROBLEM_SIGNALS = Set.of("migration", "legacy", "growth", "long-open");
    /** Signal types that name the company's own stack or work (the "ecosystem" opening). */
    private static final Set<String> ECOSYSTEM_SIGNALS = Set.of("product", "open-source", "blog");

    private final UnaryOperator<String> canonical;
    private volatile @Nullable ProfileKeys profileKeys;

    /**
     * @param canonical turns any spelling of a skill into its canonical taxonomy name (unknown names unchanged)
     */
    public AchievementMatcher(UnaryOperator<String> canonical) {
        this.canonical = canonical;
    }

    /** Plans the letter for one posting. */
    public Tailoring match(Analysis analysis, CandidateProfile profile, LocalDate today) {
        ProfileKeys keys = keysOf(profile);
        Set<String> claimed = keys.claimed();
        Map<Achievement, Set<String>> skillsOf = keys.skillsOf();
        Map<Achievement, Double> weightOf = new LinkedHashMap<>();
        for (Achievement achievement : profile.achievements()) {
            weightOf.put(achievement, weigh(achievement, skillsOf.get(achievement), analysis, today));
        }
        List<Achievement> ranked = new ArrayList<>(profile.achievements());
        ranked.sort(Comparator.comparingDouble((Achievement a) -> -weightOf.get(a)));

        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        // A posting without sections for requirements still asks for what it names: report those gaps too.
        boolean sectioned = analysis.skills().stream().anyMatch(s -> s.level() != Requirement.MENTIONED);
        for (SkillMention skill : analysis.skills()) {
            if (claimed.contains(key(skill.name()))) {
                matched.add(skill.name());
            } else if (skill.level() != Requirement.MENTIONED || !sectioned) {
                missing.add(skill.name());
            }
        }
        List<Evidence> evidence = evidence(analysis, ranked, skillsOf, claimed);
        List<Achievement> chosen = choose(ranked, evidence, weightOf);
        List<CompanySignal> signals = usefulSignals(analysis, chosen);
        ScoreBreakdown breakdown = breakdown(analysis, ranked, skillsOf, claimed, signals, chosen, today);
        int score = (int) Math.round(0.6 * breakdown.required() + 0.15 * breakdown.niceToHave()
                + 0.15 * breakdown.signals() + 0.10 * breakdown.recency());
        boolean weak = score < WEAK_SCORE || evidence.stream().noneMatch(e -> e.achievement() != null);
        Opening opening = opening(signals, chosen);
        return new Tailoring(score, breakdown, matched, missing, evidence, chosen, opening, signals, weak);
    }

    /**
     * The profile's skills by canonical key, worked out once per profile: a run matches every posting against one
     * profile, and looking its skills up in the taxonomy again for each posting was about a tenth of what the
     * postings step allocates. Any thread may replace the one kept; both work it out alike.
     */
    private ProfileKeys keysOf(CandidateProfile profile) {
        ProfileKeys keys = profileKeys;
        if (keys == null || keys.profile() != profile) {
            Map<Achievement, Set<String>> skillsOf = new LinkedHashMap<>();
            for (Achievement achievement : profile.achievements()) {
                skillsOf.put(achievement, Collections.unmodifiableSet(canonicalSet(achievement.skills())));
            }
            keys = new ProfileKeys(profile, Collections.unmodifiableSet(claimedSkills(profile)),
                    Collections.unmodifiableMap(skillsOf));
            profileKeys = keys;
        }
        return keys;
    }

    /**
     * What the matcher needs of a profile, by canonical lower-case skill name.
     *
     * @param profile  the profile they were worked out for
     * @param claimed  every skill the profile claims: its list and every achievement's
     * @param skillsOf each achievement's skills, in the profile's order
     */
    private record ProfileKeys(CandidateProfile profile, Set<String> claimed,
            Map<Achievement, Set<String>> skillsOf) {
    }

    private Set<String> claimedSkills(CandidateProfile profile) {
        Set<String> claimed = new HashSet<>(canonicalSet(profile.skills()));
        for (Achievement achievement : profile.achievements()) {
            claimed.addAll(canonicalSet(achievement.skills()));
        }
        return claimed;
    }

    private Set<String> canonicalSet(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            out.add(key(canonical.apply(name)));
        }
        return out;
    }

    private double weigh(Achievement achievement, Set<String> skills, Analysis analysis, LocalDate today) {
        double weight = 0;
        for (SkillMention skill : analysis.skills()) {
            if (skills.contains(key(skill.name()))) {
                weight += levelWeight(skill.level()) * (1 + Math.log(Math.max(1, skill.count())));
            }
        }
        for (CompanySignal signal : analysis.signals()) {
            Set<String> themes = THEMES_FOR_SIGNAL.getOrDefault(signal.type(), Set.of());
            if (achievement.themes().stream().anyMatch(themes::contains)) {
                weight += THEME_BONUS;
            }
        }
        // Recent work counts more: full weight within two years, then a little less each year.
        if (achievement.year() != null) {
            int age = Math.max(0, today.getYear() - achievement.year() - RECENT_YEARS);
            weight *= Math.max(0.5, 1 - 0.08 * age);
        }
        return weight;
    }

    private List<Evidence> evidence(Analysis analysis, List<Achievement> ranked, Map<Achievement, Set<String>> skillsOf,
            Set<String> claimed) {
        List<Evidence> evidence = new ArrayList<>();
        Set<Achievement> used = new HashSet<>();
        for (SkillMention skill : analysis.skills()) {
            if (evidence.size() == MAX_EVIDENCE) {
                break;
            }
            if (skill.level() == Requirement.MENTIONED && evidence.size() >= 3) {
                continue;
            }
            String name = key(skill.name());
            if (!claimed.contains(name)) {
                continue;
            }
            Achievement best = null;
            for (Achievement achievement : ranked) {
                if (skillsOf.get(achievement).contains(name) && !used.contains(achievement)) {
                    best = achievement;
                    break;
                }
            }
            if (best == null) {
                // Every achievement with this skill already answers another requirement: reuse the best one
                // rather than answer with a bare claim, since a result is still better evidence than none.
                best = ranked.stream().filter(a -> skillsOf.get(a).contains(name)).findFirst().orElse(null);
            }
            if (best != null) {
                used.add(best);
            }
            evidence.add(new Evidence(skill.spelling(), skill.name(), best));
        }
        return evidence;
    }

    private static List<Achievement> choose(List<Achievement> ranked, List<Evidence> evidence,
            Map<Achievement, Double> weightOf) {
        List<Achievement> chosen = new ArrayList<>();
        for (Achievement achievement : ranked) {
            if (chosen.size() == CHOSEN_ACHIEVEMENTS) {
                break;
            }
            if (weightOf.get(achievement) > 0) {
                chosen.add(achievement);
            }
        }
        for (Evidence e : evidence) {
            if (e.achievement() != null && !chosen.contains(e.achievement()) && chosen.size() < CHOSEN_ACHIEVEMENTS) {
                chosen.add(e.achievement());
            }
        }
        if (chosen.isEmpty() && !ranked.isEmpty()) {
            chosen.add(ranked.get(0));
        }
        return chosen;
    }

    private static List<CompanySignal> usefulSignals(Analysis analysis, List<Achievement> chosen) {
        // Signals an achievement answers come first; the detector's order (most useful first) breaks ties.
        List<CompanySignal> answered = new ArrayList<>();
        List<CompanySignal> others = new ArrayList<>();
        for (CompanySignal signal : analysis.signals()) {
            Set<String> themes = THEMES_FOR_SIGNAL.getOrDefault(signal.type(), Set.of());
            boolean answers = chosen.stream().anyMatch(a -> a.themes().stream().anyMatch(themes::contains));
            (answers ? answered : others).add(signal);
        }
        answered.addAll(others);
        return answered;
    }

    private ScoreBreakdown breakdown(Analysis analysis, List<Achievement> ranked, Map<Achievement, Set<String>> skillsOf,
            Set<String> claimed, List<CompanySignal> signals, List<Achievement> chosen, LocalDate today) {
        boolean anyRequired = analysis.skills().stream().anyMatch(s -> s.level() == Requirement.REQUIRED);
        // A posting that marks nothing as required still asks for the skills it names.
        Requirement primary = anyRequired ? Requirement.REQUIRED : Requirement.MENTIONED;
        int required = coverage(analysis, primary, ranked, skillsOf, claimed);
        boolean anyNice = analysis.skills().stream().anyMatch(s -> s.level() == Requirement.NICE_TO_HAVE);
        int nice = anyNice ? coverage(analysis, Requirement.NICE_TO_HAVE, ranked, skillsOf, claimed) : required;
        int signalScore = signalCoverage(analysis, chosen);
        int recency = recency(chosen, today);
        return new ScoreBreakdown(required, nice, signalScore, recency);
    }

    private int coverage(Analysis analysis, Requirement level, List<Achievement> ranked,
            Map<Achievement, Set<String>> skillsOf, Set<String> claimed) {
        double total = 0;
        double covered = 0;
        for (SkillMention skill : analysis.skills()) {
            if (skill.level() != level) {
                continue;
            }
            double weight = 1 + Math.log(Math.max(1, skill.count()));
            total += weight;
            String name = key(skill.name());
            boolean shown = ranked.stream().anyMatch(a -> skillsOf.get(a).contains(name));
            if (shown) {
                covered += weight;
            } else if (claimed.contains(name)) {
                covered += weight * CLAIM_ONLY_CREDIT;
            }
        }
        return total == 0 ? 0 : (int) Math.round(100 * covered / total);
    }

    private static int signalCoverage(Analysis analysis, List<Achievement> chosen) {
        List<CompanySignal> answerable = analysis.signals().stream()
                .filter(s -> THEMES_FOR_SIGNAL.containsKey(s.type())).toList();
        if (answerable.isEmpty()) {
            return 50; // nothing to answer: neither a strength nor a gap
        }
        long answered = answerable.stream().filter(s -> chosen.stream()
                .anyMatch(a -> a.themes().stream().anyMatch(THEMES_FOR_SIGNAL.get(s.type())::contains))).count();
        return (int) Math.round(100.0 * answered / answerable.size());
    }

    private static int recency(List<Achievement> chosen, LocalDate today) {
        int latest = chosen.stream().map(Achievement::year).filter(y -> y != null).mapToInt(Integer::intValue)
                .max().orElse(-1);
        if (latest < 0) {
            return 50; // undated work: no evidence either way
        }
        int age = Math.max(0, today.getYear() - latest - RECENT_YEARS);
        return Math.max(0, 100 - RECENCY_LOSS_PER_YEAR * age);
    }

    private static Opening opening(List<CompanySignal> signals, List<Achievement> chosen) {
        if (chosen.isEmpty()) {
            return Opening.METRIC;
        }
        Achievement lead = chosen.get(0);
        for (CompanySignal signal : signals) {
            Set<String> themes = THEMES_FOR_SIGNAL.getOrDefault(signal.type(), Set.of());
            if (PROBLEM_SIGNALS.contains(signal.type()) && lead.themes().stream().anyMatch(themes::contains)) {
                return Opening.PROBLEM;
            }
        }
        boolean ecosystem = signals.stream().anyMatch(s -> ECOSYSTEM_SIGNALS.contains(s.type()));
        return ecosystem ? Opening.ECOSYSTEM : Opening.METRIC;
    }

    private static double levelWeight(Requirement level) {
        return switch (level) {
            case REQUIRED -> REQUIRED_WEIGHT;
            case NICE_TO_HAVE -> NICE_WEIGHT;
            case MENTIONED -> MENTIONED_WEIGHT;
        };
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
