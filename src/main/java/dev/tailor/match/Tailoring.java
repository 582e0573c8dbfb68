package dev.tailor.match;

import dev.tailor.analysis.CompanySignal;
import dev.tailor.profile.Achievement;
import java.util.List;

/**
 * The plan for one letter: how well the candidate fits, what to say, and with which evidence.
 *
 * @param score        0-100 match score
 * @param breakdown    how the score was made
 * @param matched      canonical names of the posting's skills the candidate has, most important first
 * @param missing      canonical names of the posting's required or nice-to-have skills the candidate lacks
 * @param evidence     requirements answered by achievements, strongest first, each achievement used once
 *                     where possible
 * @param achievements achievements chosen for the letter, best first (the first leads the letter)
 * @param opening      the opening strategy
 * @param signals      the company signals the letter uses, most useful first
 * @param weak         true when the match is too thin for a full letter
 */
public record Tailoring(
        int score,
        ScoreBreakdown breakdown,
        List<String> matched,
        List<String> missing,
        List<Evidence> evidence,
        List<Achievement> achievements,
        Opening opening,
        List<CompanySignal> signals,
        boolean weak) {

    public Tailoring {
        matched = List.copyOf(matched);
        missing = List.copyOf(missing);
        evidence = List.copyOf(evidence);
        achievements = List.copyOf(achievements);
        signals = List.copyOf(signals);
    }
}
