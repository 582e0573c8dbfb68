package dev.tailor.match;

import dev.tailor.profile.Achievement;

/**
 * One requirement of a posting answered by one achievement of the candidate.
 *
 * @param requirement the requirement in the posting's spelling, e.g. "Postgres"
 * @param skill       the canonical skill name, e.g. "PostgreSQL"
 * @param achievement the achievement that shows it, or null when only the profile's skill list claims it
 */
public record Evidence(String requirement, String skill, Achievement achievement) {
}
