package dev.tailor.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code postings.jsonl} and one row of the workbook: everything known about a posting after a run.
 * Field names follow the DESIGN.md contract; where a value is unknown it is null (or an empty list).
 *
 * @param id          the stable posting id
 * @param source      file path (relative to the working directory) or URL
 * @param status      DONE, SKIPPED or FAILED
 * @param reason      why it was skipped or failed, else null
 * @param title       job title, or null when the posting could not be read
 * @param company     company name, or null
 * @param location    location, or null
 * @param remote      yes, no, hybrid or null
 * @param seniority   entry, mid, senior, lead or null
 * @param skills      the posting's technologies
 * @param signals     company signals with their evidence
 * @param score       0-100 match score, or null
 * @param matched     canonical names of matched skills
 * @param missing     canonical names of missing skills
 * @param achievements ids of the achievements the letter uses
 * @param opening     metric, ecosystem, problem or null
 * @param letter      path of the Markdown letter relative to the output folder, or null
 * @param words       word count of the letter body, or null
 * @param lint        rubric check results
 * @param atsCoverage share 0-1 of top requirements named, or null
 * @param state       new, changed, unchanged or closed
 * @param firstSeen   the day the posting was first read
 * @param lastSeen    the day the posting was last read
 * @param sources     every file or URL found to hold this same posting, its own source first; a duplicate
 *                    (same address, or near-identical text) adds its source here instead of getting a letter
 */
public record PostingRecord(
        String id,
        String source,
        String status,
        String reason,
        String title,
        String company,
        String location,
        String remote,
        String seniority,
        List<Skill> skills,
        List<Signal> signals,
        Integer score,
        List<String> matched,
        List<String> missing,
        List<String> achievements,
        String opening,
        String letter,
        Integer words,
        List<Lint> lint,
        Double atsCoverage,
        String state,
        LocalDate firstSeen,
        LocalDate lastSeen,
        List<String> sources) {

    public PostingRecord {
        skills = skills == null ? List.of() : List.copyOf(skills);
        signals = signals == null ? List.of() : List.copyOf(signals);
        matched = matched == null ? List.of() : List.copyOf(matched);
        missing = missing == null ? List.of() : List.copyOf(missing);
        achievements = achievements == null ? List.of() : List.copyOf(achievements);
        lint = lint == null ? List.of() : List.copyOf(lint);
        sources = sources == null || sources.isEmpty() ? (source == null ? List.of() : List.of(source)) : List.copyOf(sources);
    }

    /** A record whose only source is its own (the shape before {@code sources}). */
    public PostingRecord(String id, String source, String status, String reason, String title, String company,
            String location, String remote, String seniority, List<Skill> skills, List<Signal> signals, Integer score,
            List<String> matched, List<String> missing, List<String> achievements, String opening, String letter,
            Integer words, List<Lint> lint, Double atsCoverage, String state, LocalDate firstSeen, LocalDate lastSeen) {
        this(id, source, status, reason, title, company, location, remote, seniority, skills, signals, score, matched,
                missing, achievements, opening, letter, words, lint, atsCoverage, state, firstSeen, lastSeen, null);
    }

    /**
     * A skill as exported: the contract's {@code {name, category, required, count}} plus {@code level}
     * (required, nice-to-have or mentioned), which tells the two kinds of "not required" apart.
     */
    public record Skill(String name, String category, boolean required, String level, int count) {
    }

    /** A company signal as exported: {@code {type, evidence}} plus the value found. */
    public record Signal(String type, String value, String evidence) {
    }

    /** A rubric result as exported: {@code {rule, ok, detail}}. */
    public record Lint(String rule, boolean ok, String detail) {
    }

    /** A copy with the lifecycle fields replaced (used when the report step marks a posting closed). */
    public PostingRecord withState(String newState, LocalDate newFirstSeen, LocalDate newLastSeen) {
        return new PostingRecord(id, source, status, reason, title, company, location, remote, seniority, skills,
                signals, score, matched, missing, achievements, opening, letter, words, lint, atsCoverage, newState,
                newFirstSeen, newLastSeen, sources);
    }

    /** A copy that also lists {@code duplicate} among its sources (once, after those already listed). */
    public PostingRecord withSource(String duplicate) {
        if (sources.contains(duplicate)) {
            return this;
        }
        List<String> more = new ArrayList<>(sources);
        more.add(duplicate);
        return new PostingRecord(id, source, status, reason, title, company, location, remote, seniority, skills,
                signals, score, matched, missing, achievements, opening, letter, words, lint, atsCoverage, state,
                firstSeen, lastSeen, more);
    }
}
