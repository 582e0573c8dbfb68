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
import java.util.Objects;
import java.util.Set;

/**
 * What the checks look up about the posting, the profile and the plan. It is the same for every draft of one
 * letter (the renderer tries up to three levels of detail), so it is built once per letter, and the figures of
 * the posting and the profile, the costliest part, only when the fabrication check first asks for them.
 */
final class LintSource {
    final Posting posting;
    final Analysis analysis;
    final CandidateProfile profile;
    final Tailoring tailoring;
    final List<CompanySignal> signals;
    final Set<String> employers = new LinkedHashSet<>();
    final Set<String> technologies = new LinkedHashSet<>();
    final Set<String> claimed;
    final String profileText;
    private Set<String> sourceFigures;

    LintSource(Posting posting, Analysis analysis, CandidateProfile profile, Tailoring tailoring) {
        this.posting = Objects.requireNonNull(posting, "posting");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.tailoring = Objects.requireNonNull(tailoring, "tailoring");
        List<CompanySignal> all = new ArrayList<>(analysis.signals());
        tailoring.signals().stream().filter(s -> !all.contains(s)).forEach(all::add);
        this.signals = List.copyOf(all);
        StringBuilder text = new StringBuilder();
        for (Achievement a : profile.achievements()) {
            if (a.employer() != null && !a.employer().isBlank()) {
                employers.add(a.employer().strip());
            }
            text.append(a.action()).append('\n').append(a.result()).append('\n');
            technologies.addAll(a.skills());
        }
        profile.collaboration().forEach(c -> text.append(c).append('\n'));
        this.profileText = text.toString();
        technologies.addAll(profile.skills());
        for (SkillMention skill : analysis.skills()) {
            technologies.add(skill.name());
            technologies.add(RequirementCoverage.spelling(skill));
        }
        technologies.removeIf(t -> t == null || t.isBlank());
        this.claimed = RequirementCoverage.claimed(profile);
    }

    /** The profile claims the skill: in its skill lists, or named in what an achievement says was done. */
    boolean claims(SkillMention skill) {
        return RequirementCoverage.candidateHas(skill, claimed, null)
                || LetterText.names(profileText, skill.name())
                || LetterText.names(profileText, RequirementCoverage.spelling(skill));
    }

    /** Every figure the posting and the profile state, as written and without thousands separators. */
    synchronized Set<String> sourceFigures() {
        if (sourceFigures == null) {
            sourceFigures = Set.copyOf(figures());
        }
        return sourceFigures;
    }

    private Set<String> figures() {
        StringBuilder text = new StringBuilder(profileText);
        text.append(profile.years()).append('\n');
        for (Achievement a : profile.achievements()) {
            text.append(a.year() == null ? "" : a.year()).append('\n')
                    .append(Objects.toString(a.role(), "")).append('\n')
                    .append(Objects.toString(a.employer(), "")).append('\n')
                    .append(String.join(", ", a.skills())).append('\n');
        }
        text.append(String.join(", ", profile.skills())).append('\n')
                .append(Objects.toString(profile.nextStep(), "")).append('\n')
                .append(posting.title()).append('\n').append(posting.company()).append('\n')
                .append(Objects.toString(posting.location(), "")).append('\n').append(posting.text()).append('\n');
        posting.sections().forEach(s -> text.append(s.heading()).append('\n').append(s.text()).append('\n'));
        for (CompanySignal signal : signals) {
            text.append(signal.value()).append('\n').append(signal.evidence()).append('\n');
        }
        if (analysis.yearsRequired() != null) {
            text.append(analysis.yearsRequired()).append('\n');
        }
        analysis.skills().forEach(s -> text.append(RequirementCoverage.spelling(s)).append('\n'));
        Set<String> figures = new LinkedHashSet<>();
        for (String figure : LetterText.figures(text.toString())) {
            figures.add(figure);
            figures.add(figure.replace(",", ""));
        }
        return figures;
    }

    /** A name after "at" that the letter may use: an employer, the company, a place or a technology. */
    boolean knownName(String name) {
        List<String> known = new ArrayList<>(employers);
        known.add(posting.company());
        known.add(Objects.toString(posting.location(), ""));
        known.add(Objects.toString(profile.location(), ""));
        known.addAll(technologies);
        String lower = name.toLowerCase(Locale.ROOT);
        for (String k : known) {
            String key = k.strip().toLowerCase(Locale.ROOT);
            if (!key.isEmpty() && (lower.equals(key) || lower.startsWith(key + " ") || key.startsWith(lower))) {
                return true;
            }
        }
        return false;
    }

    /** A job title the letter may use: part of the posting's title or a role from the profile. */
    boolean knownTitle(String title) {
        String lower = title.strip().toLowerCase(Locale.ROOT);
        if (posting.title().toLowerCase(Locale.ROOT).contains(lower)) {
            return true;
        }
        return profile.achievements().stream().map(Achievement::role).filter(Objects::nonNull)
                .anyMatch(role -> role.toLowerCase(Locale.ROOT).contains(lower));
    }
}
