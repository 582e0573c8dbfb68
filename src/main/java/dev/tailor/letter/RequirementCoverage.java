package dev.tailor.letter;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.SkillMention;
import dev.tailor.match.Tailoring;
import dev.tailor.profile.Achievement;
import dev.tailor.profile.CandidateProfile;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Which of a posting's top requirements the candidate has, and how many of those a letter names. */
final class RequirementCoverage {
    /** How many requirements count as "top" (LETTER-RUBRIC.md: the first eight). */
    static final int TOP = 8;
    /** Below this many required skills, the top list is taken from all skills instead. */
    static final int MIN_REQUIRED = 3;

    private static volatile @Nullable Claimed lastClaimed;

    private RequirementCoverage() {
    }

    /** The posting's top requirements: up to 8 required skills, or the top 8 skills if fewer than 3 are required. */
    static List<SkillMention> top(Analysis analysis) {
        List<SkillMention> required = analysis.required();
        List<SkillMention> pool = required.size() >= MIN_REQUIRED ? required : analysis.skills();
        return List.copyOf(pool.subList(0, Math.min(TOP, pool.size())));
    }

    /** The posting's spelling of a skill, or its canonical name when the posting gave none. */
    static String spelling(SkillMention skill) {
        return skill.spelling() == null || skill.spelling().isBlank() ? skill.name() : skill.spelling();
    }

    /**
     * Every skill the candidate claims, lower-cased: the profile's list and every achievement's. Worked out once per
     * profile and kept (a letter asks for it several times, and a run renders every letter for one profile); any
     * thread may replace the one kept, and both work it out alike.
     */
    static Set<String> claimed(CandidateProfile profile) {
        Claimed last = lastClaimed;
        if (last == null || last.profile() != profile) {
            Set<String> claimed = new HashSet<>();
            profile.skills().forEach(s -> claimed.add(key(s)));
            for (Achievement achievement : profile.achievements()) {
                achievement.skills().forEach(s -> claimed.add(key(s)));
            }
            last = new Claimed(profile, Collections.unmodifiableSet(claimed));
            lastClaimed = last;
        }
        return last.skills();
    }

    /** The skills a profile claims, lower-cased. */
    private record Claimed(CandidateProfile profile, Set<String> skills) {
    }

    /** Whether the candidate has the skill: the match found it, or the profile names it (either spelling). */
    static boolean candidateHas(SkillMention skill, Set<String> claimed, Tailoring tailoring) {
        String name = key(skill.name());
        if (tailoring != null && tailoring.matched().stream().anyMatch(m -> key(m).equals(name))) {
            return true;
        }
        return claimed.contains(name) || claimed.contains(key(spelling(skill)));
    }

    /** The top requirements the candidate has, strongest first. */
    static List<SkillMention> topHeld(Analysis analysis, CandidateProfile profile, Tailoring tailoring) {
        Set<String> claimed = claimed(profile);
        return top(analysis).stream().filter(s -> candidateHas(s, claimed, tailoring)).toList();
    }

    /**
     * The top requirements the candidate has and can show: an achievement of the profile names the skill (the
     * match chose it as evidence, or lists it among the achievement's skills). A skill the profile only lists can
     * be named honestly, but no figure or employer can stand next to it.
     */
    static List<SkillMention> topEvidenced(Analysis analysis, CandidateProfile profile, Tailoring tailoring) {
        Set<String> shown = new HashSet<>();
        tailoring.evidence().stream().filter(e -> e.achievement() != null).forEach(e -> shown.add(key(e.skill())));
        for (Achievement achievement : profile.achievements()) {
            achievement.skills().forEach(s -> shown.add(key(s)));
        }
        return topHeld(analysis, profile, tailoring).stream()
                .filter(s -> shown.contains(key(s.name())) || shown.contains(key(spelling(s))))
                .toList();
    }

    /**
     * ATS coverage: the share of the top requirements the candidate has that the body names in the posting's
     * spelling; null when the candidate has none of them.
     */
    static Double atsCoverage(String body, Analysis analysis, CandidateProfile profile, Tailoring tailoring) {
        List<SkillMention> held = topHeld(analysis, profile, tailoring);
        if (held.isEmpty()) {
            return null;
        }
        long named = held.stream().filter(s -> LetterText.names(body, spelling(s))).count();
        return (double) named / held.size();
    }

    static String key(String skill) {
        return skill == null ? "" : skill.strip().toLowerCase(Locale.ROOT);
    }
}
