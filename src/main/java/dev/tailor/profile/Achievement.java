package dev.tailor.profile;

import java.util.List;

/**
 * One thing the candidate did, with its measurable result.
 *
 * @param id       unique id: lower-case words joined by '-'
 * @param employer where it was done
 * @param role     the candidate's role there, or null
 * @param year     the year it was done, or null
 * @param action   what was done, starting lower-case ("rebuilt the order service ...")
 * @param result   the measurable outcome ("cut average API latency from 340 ms to 128 ms")
 * @param skills   technologies used
 * @param themes   e.g. performance, migration, reliability (see DESIGN.md)
 */
public record Achievement(
        String id,
        String employer,
        String role,
        Integer year,
        String action,
        String result,
        List<String> skills,
        List<String> themes) {

    public Achievement {
        skills = List.copyOf(skills);
        themes = List.copyOf(themes);
    }
}
