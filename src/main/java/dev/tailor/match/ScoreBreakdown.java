package dev.tailor.match;

/**
 * The parts of a match score, each 0-100 before weighting.
 *
 * @param required    share of the required skills the candidate has evidence for
 * @param niceToHave  share of the nice-to-have skills covered
 * @param signals     how well achievement themes answer the company signals
 * @param recency     how recent the best evidence is
 */
public record ScoreBreakdown(int required, int niceToHave, int signals, int recency) {
}
