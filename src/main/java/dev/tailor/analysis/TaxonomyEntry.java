package dev.tailor.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * One skill of the taxonomy: its canonical name, category and every other spelling postings use.
 *
 * @param name               canonical name, e.g. "PostgreSQL"
 * @param category           e.g. "database"; one of {@link SkillTaxonomy#CATEGORIES}
 * @param aliases            other spellings, e.g. "Postgres", "psql"
 * @param outdated           true for a technology a letter should only mention as migrated from
 * @param successors         canonical names of what replaced it, e.g. React for jQuery
 * @param ambiguousSpellings spellings that are also ordinary words ("Go", "Spark") and count only in
 *                           a technical context; empty when every spelling is unambiguous
 */
public record TaxonomyEntry(String name, String category, List<String> aliases, boolean outdated,
                            List<String> successors, List<String> ambiguousSpellings) {
    public TaxonomyEntry {
        aliases = List.copyOf(aliases);
        successors = List.copyOf(successors);
        ambiguousSpellings = List.copyOf(ambiguousSpellings);
    }

    /** True when some spelling needs context to count (see {@link #ambiguousSpellings()}). */
    public boolean ambiguous() {
        return !ambiguousSpellings.isEmpty();
    }

    /** The name followed by the aliases. */
    public List<String> spellings() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
