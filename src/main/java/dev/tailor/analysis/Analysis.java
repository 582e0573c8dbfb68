package dev.tailor.analysis;

import java.util.List;

/**
 * What a posting asks for and what it reveals about the company.
 *
 * @param skills        every technology found, most important first (required before nice-to-have
 *                      before mentioned, then by count)
 * @param seniority     the level the posting hires at
 * @param yearsRequired overall years of experience asked for, or null when not stated
 * @param signals       company signals, each with the sentence that shows it
 */
public record Analysis(List<SkillMention> skills, Seniority seniority, Integer yearsRequired, List<CompanySignal> signals) {
    public Analysis {
        skills = List.copyOf(skills);
        signals = List.copyOf(signals);
    }

    /** The skills the posting requires, most important first. */
    public List<SkillMention> required() {
        return skills.stream().filter(s -> s.level() == Requirement.REQUIRED).toList();
    }
}
