package dev.tailor.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts, skill by skill, how many postings ask for it and how, and whether the candidate's profile covers it.
 * Fed one posting at a time while the Postings sheet streams, so it holds one small counter per distinct skill,
 * never the postings.
 *
 * <p>Skills are told apart ignoring case: the postings' skills are already canonical taxonomy names, and the
 * profile's are expected to be canonicalised by the caller the same way.
 */
final class SkillDemand {

    /** Most postings first; among equals, most often required, then by name. */
    static final Comparator<Row> MOST_ASKED = Comparator.comparingInt(Row::postings).reversed()
            .thenComparing(Comparator.comparingInt(Row::required).reversed())
            .thenComparing(Row::skill, String.CASE_INSENSITIVE_ORDER);

    private final Set<String> profileSkills;
    private final Map<String, Counter> bySkill = new HashMap<>();

    /** {@code profileSkills}: the candidate's skills, canonical names; null when the profile is not known. */
    SkillDemand(Collection<String> profileSkills) {
        if (profileSkills == null) {
            this.profileSkills = null;
        } else {
            this.profileSkills = new HashSet<>();
            profileSkills.forEach(name -> this.profileSkills.add(key(name)));
        }
    }

    /** Counts the posting's skills, each once, at the strongest level the posting asks for it. */
    void add(PostingRecord posting) {
        Map<String, PostingRecord.Skill> strongest = new HashMap<>();
        for (PostingRecord.Skill skill : posting.skills()) {
            if (skill.name() == null || skill.name().isBlank()) {
                continue;
            }
            strongest.merge(key(skill.name()), skill, (a, b) -> rank(b) > rank(a) ? b : a);
        }
        for (Map.Entry<String, PostingRecord.Skill> e : strongest.entrySet()) {
            PostingRecord.Skill skill = e.getValue();
            bySkill.computeIfAbsent(e.getKey(), k -> new Counter(skill.name(), skill.category())).count(rank(skill));
        }
    }

    /** Every skill asked for, most asked first. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>(bySkill.size());
        bySkill.forEach((key, c) -> rows.add(new Row(c.name, c.category, c.required + c.nice + c.mentioned,
                c.required, c.nice, c.mentioned, profileSkills == null ? null : profileSkills.contains(key))));
        rows.sort(MOST_ASKED);
        return rows;
    }

    private static final int MENTIONED = 0;
    private static final int NICE_TO_HAVE = 1;
    private static final int REQUIRED = 2;

    private static int rank(PostingRecord.Skill skill) {
        if (skill.required() || "required".equals(skill.level())) {
            return REQUIRED;
        }
        return "nice-to-have".equals(skill.level()) ? NICE_TO_HAVE : MENTIONED;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * One line of the Skills demand sheet.
     *
     * @param skill      the skill's name
     * @param category   its taxonomy category, or null
     * @param postings   postings that ask for it at all
     * @param required   of those, postings that require it
     * @param niceToHave postings that name it as nice to have
     * @param mentioned  postings that only mention it
     * @param covered    whether the profile has it; null when the profile is not known
     */
    record Row(String skill, String category, int postings, int required, int niceToHave, int mentioned,
            Boolean covered) {
    }

    private static final class Counter {
        final String name;
        final String category;
        int required;
        int nice;
        int mentioned;

        Counter(String name, String category) {
            this.name = name;
            this.category = category;
        }

        void count(int rank) {
            switch (rank) {
                case REQUIRED -> required++;
                case NICE_TO_HAVE -> nice++;
                default -> mentioned++;
            }
        }
    }
}
