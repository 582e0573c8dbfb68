package dev.tailor.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code postings.jsonl}: one compact JSON object per posting and line, in the DESIGN.md contract.
 *
 * <p>Every contract field is present on every line, in the contract's order, with {@code null} for an unknown value
 * and {@code []} for an empty list, so that a consumer can rely on the keys without checking for them. The file is
 * written beside the target and renamed over it, so a reader sees either the previous export or the new one.
 */
public final class JsonlExporter {

    /**
     * The version of the line format: to be bumped with any change to what a record's line looks like, since a
     * run does not rewrite a postings.jsonl written in the same format from the same records (JsonlExporterTest
     * pins it to the golden file).
     */
    public static final String FORMAT = "1";

    private final JsonMapper mapper = JsonMapper.builder().build();

    /**
     * Writes the records to {@code file} (UTF-8, {@code \n} line ends), replacing it atomically.
     *
     * @return the SHA-256 of the bytes written, as lower-case hex
     * @throws IOException when the folder cannot be written; the previous file is then left as it was
     */
    public String write(Path file, Iterable<PostingRecord> records) throws IOException {
        Objects.requireNonNull(records, "records");
        try (Lines lines = open(file)) {
            for (PostingRecord record : records) {
                lines.add(record);
            }
            return lines.finish();
        }
    }

    /**
     * Starts writing {@code file}: lines are added one record at a time (so that the records can be read once for
     * this file and the workbook together), and the file replaces the old one only when {@link Lines#finish} is
     * called; closed before that, it leaves the old one as it was.
     */
    public Lines open(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return new Lines(file);
    }

    /** A postings.jsonl being written beside the one it will replace. */
    public final class Lines implements AutoCloseable {
        private final Path file;
        private final Path temp;
        private final MessageDigest sha256 = sha256();
        private final Writer out;
        private boolean finished;

        private Lines(Path file) throws IOException {
            this.file = file;
            this.temp = AtomicFiles.createTempBeside(file);
            // hashed as written: reading 40 MB back to hash it would cost a tenth of the writing
            OutputStream bytes = new DigestOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.TRUNCATE_EXISTING), sha256);
            this.out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        }

        /** Adds the record's line. */
        public void add(PostingRecord record) throws IOException {
            out.write(line(record));
            out.write('\n');
        }

        /** Puts the file in place of the old one; returns the SHA-256 of its bytes, as lower-case hex. */
        public String finish() throws IOException {
            out.close();
            AtomicFiles.moveIntoPlace(temp, file);
            finished = true;
            return HexFormat.of().formatHex(sha256.digest());
        }

        /** Drops the file unless it was finished. */
        @Override
        public void close() throws IOException {
            if (!finished) {
                out.close();
                Files.deleteIfExists(temp);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * One record as one line of JSON, without the line end. Written straight to Jackson's generator rather than
     * built as a tree first: the report step writes every posting of the history each run.
     */
    String line(PostingRecord r) {
        StringWriter text = new StringWriter(4096);
        try (JsonGenerator json = mapper.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringProperty("id", r.id());
            json.writeStringProperty("source", r.source());
            json.writeStringProperty("status", r.status());
            json.writeStringProperty("reason", r.reason());
            json.writeStringProperty("title", r.title());
            json.writeStringProperty("company", r.company());
            json.writeStringProperty("location", r.location());
            json.writeStringProperty("remote", r.remote());
            json.writeStringProperty("seniority", r.seniority());
            json.writeArrayPropertyStart("skills");
            for (PostingRecord.Skill skill : r.skills()) {
                // the contract's keys first, then the extra one
                json.writeStartObject();
                json.writeStringProperty("name", skill.name());
                json.writeStringProperty("category", skill.category());
                json.writeBooleanProperty("required", skill.required());
                json.writeNumberProperty("count", skill.count());
                json.writeStringProperty("level", skill.level());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("signals");
            for (PostingRecord.Signal signal : r.signals()) {
                json.writeStartObject();
                json.writeStringProperty("type", signal.type());
                json.writeStringProperty("evidence", signal.evidence());
                json.writeStringProperty("value", signal.value());
                json.writeEndObject();
            }
            json.writeEndArray();
            number(json, "score", r.score());
            strings(json, "matched", r.matched());
            strings(json, "missing", r.missing());
            strings(json, "achievements", r.achievements());
            json.writeStringProperty("opening", r.opening());
            json.writeStringProperty("letter", r.letter());
            number(json, "words", r.words());
            json.writeArrayPropertyStart("lint");
            for (PostingRecord.Lint check : r.lint()) {
                json.writeStartObject();
                json.writeStringProperty("rule", check.rule());
                json.writeBooleanProperty("ok", check.ok());
                json.writeStringProperty("detail", check.detail());
                json.writeEndObject();
            }
            json.writeEndArray();
            Double coverage = r.atsCoverage();
            // Jackson would write NaN as the string "NaN": a number field must stay a number or null
            if (coverage == null || !Double.isFinite(coverage)) {
                json.writeNullProperty("ats_coverage");
            } else {
                json.writeNumberProperty("ats_coverage", coverage);
            }
            json.writeStringProperty("state", r.state());
            json.writeStringProperty("first_seen", isoDate(r.firstSeen()));
            json.writeStringProperty("last_seen", isoDate(r.lastSeen()));
            if (r.sources().size() > 1) {
                // an extension of the contract, only on a posting that was found more than once (see README)
                strings(json, "sources", r.sources());
            }
            json.writeEndObject();
        }
        return lineSafe(text.toString());
    }

    private static void number(JsonGenerator json, String name, Integer value) {
        if (value == null) {
            json.writeNullProperty(name);
        } else {
            json.writeNumberProperty(name, value.intValue());
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values) {
        json.writeArrayPropertyStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
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
