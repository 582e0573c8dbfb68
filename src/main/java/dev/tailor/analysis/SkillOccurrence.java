package dev.tailor.analysis;

/**
 * One place where a text names a skill.
 *
 * @param entry    the taxonomy entry named
 * @param spelling the text's own spelling, e.g. "Postgres"
 * @param start    offset of the first character in the text
 * @param end      offset after the last character
 */
public record SkillOccurrence(TaxonomyEntry entry, String spelling, int start, int end) {
}
