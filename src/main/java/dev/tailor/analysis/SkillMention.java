package dev.tailor.analysis;

/**
 * A technology a posting names.
 *
 * @param name     canonical name from the taxonomy, e.g. "PostgreSQL"
 * @param category taxonomy category, e.g. "database"
 * @param level    how strongly the posting asks for it
 * @param count    how many times it is named
 * @param spelling the posting's own spelling, e.g. "Postgres", used when a letter mirrors the posting
 * @param years    years of experience the posting asks for with this skill ("5+ years of Java"), or null
 */
public record SkillMention(String name, String category, Requirement level, int count, String spelling, Integer years) {

    /** A mention without a years figure. */
    public SkillMention(String name, String category, Requirement level, int count, String spelling) {
        this(name, category, level, count, spelling, null);
    }
}
