package dev.tailor.analysis;

/**
 * A technology a posting names.
 *
 * @param name     canonical name from the taxonomy, e.g. "PostgreSQL"
 * @param category taxonomy category, e.g. "database"
 * @param level    how strongly the posting asks for it
 * @param count    how many times it is named
 * @param spelling the posting's own spelling, e.g. "Postgres", used when a letter mirrors the posting
 */
public record SkillMention(String name, String category, Requirement level, int count, String spelling) {
}
