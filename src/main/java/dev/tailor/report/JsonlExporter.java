package dev.tailor.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code postings.jsonl}: one compact JSON object per posting and line, in the DESIGN.md contract.
 *
 * <p>Every contract field is present on every line, in the contract's order, with {@code null} for an unknown value
 * and {@code []} for an empty list, so that a consumer can rely on the keys without checking for them. The file is
 * written beside the target and renamed over it, so a reader sees either the previous export or the new one.
 */
public final class JsonlExporter {

    private final JsonMapper mapper = JsonMapper.builder().build();

    /**
     * Writes the records to {@code file} (UTF-8, {@code \n} line ends), replacing it atomically.
     *
     * @throws IOException when the folder cannot be written; the previous file is then left as it was
     */
    public void write(Path file, Iterable<PostingRecord> records) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(records, "records");
        Path temp = AtomicFiles.createTempBeside(file);
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(temp, StandardOpenOption.TRUNCATE_EXISTING), StandardCharsets.UTF_8))) {
                for (PostingRecord record : records) {
                    out.write(line(record));
                    out.write('\n');
                }
            }
            AtomicFiles.moveIntoPlace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** One record as one line of JSON, without the line end. */
    String line(PostingRecord r) {
        ObjectNode json = mapper.createObjectNode();
        json.put("id", r.id());
        json.put("source", r.source());
        json.put("status", r.status());
        json.put("reason", r.reason());
        json.put("title", r.title());
        json.put("company", r.company());
        json.put("location", r.location());
        json.put("remote", r.remote());
        json.put("seniority", r.seniority());
        ArrayNode skills = json.putArray("skills");
        for (PostingRecord.Skill skill : r.skills()) {
            // the contract's keys first, then the extra one
            skills.addObject()
                    .put("name", skill.name())
                    .put("category", skill.category())
                    .put("required", skill.required())
                    .put("count", skill.count())
                    .put("level", skill.level());
        }
        ArrayNode signals = json.putArray("signals");
        for (PostingRecord.Signal signal : r.signals()) {
            signals.addObject()
                    .put("type", signal.type())
                    .put("evidence", signal.evidence())
                    .put("value", signal.value());
        }
        json.put("score", r.score());
        strings(json.putArray("matched"), r.matched());
        strings(json.putArray("missing"), r.missing());
        strings(json.putArray("achievements"), r.achievements());
        json.put("opening", r.opening());
        json.put("letter", r.letter());
        json.put("words", r.words());
        ArrayNode lint = json.putArray("lint");
        for (PostingRecord.Lint check : r.lint()) {
            lint.addObject()
                    .put("rule", check.rule())
                    .put("ok", check.ok())
                    .put("detail", check.detail());
        }
        Double coverage = r.atsCoverage();
        // Jackson would write NaN as the string "NaN": a number field must stay a number or null
        json.put("ats_coverage", coverage == null || !Double.isFinite(coverage) ? null : coverage);
        json.put("state", r.state());
        json.put("first_seen", isoDate(r.firstSeen()));
        json.put("last_seen", isoDate(r.lastSeen()));
        if (r.sources().size() > 1) {
            // an extension of the contract, only on a posting that was found more than once (see README)
            strings(json.putArray("sources"), r.sources());
        }
        return lineSafe(mapper.writeValueAsString(json));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String isoDate(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * Escapes U+2028 and U+2029: valid inside JSON strings, but some line readers (Python's splitlines, old
     * JavaScript) treat them as line ends and would split one record in two. They can only occur inside strings,
     * so the escape is always valid JSON.
     */
    private static String lineSafe(String json) {
        if (json.indexOf('\u2028') < 0 && json.indexOf('\u2029') < 0) {
            return json;
        }
        return json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
