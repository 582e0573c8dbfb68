package dev.tailor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonlExporterTest {

    /** The DESIGN.md postings.jsonl contract, in its order. */
    private static final List<String> CONTRACT_FIELDS = List.of("id", "source", "status", "reason", "title",
            "company", "location", "remote", "seniority", "skills", "signals", "score", "matched", "missing",
            "achievements", "opening", "letter", "words", "lint", "ats_coverage", "state", "first_seen", "last_seen");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final JsonlExporter exporter = new JsonlExporter();

    @Test
    void writesTheGoldenFile() throws IOException {
        Path file = dir.resolve("postings.jsonl");

        exporter.write(file, sample());

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(golden("expected-postings.jsonl"));
    }

    @Test
    void returnsTheHashOfTheBytesWritten() throws IOException {
        Path file = dir.resolve("postings.jsonl");

        String sha256 = exporter.write(file, sample());

        assertThat(sha256).isEqualTo(sha256(Files.readAllBytes(file)));
    }

    /**
     * A run keeps a postings.jsonl written in the same format from the same records: a change to the golden file
     * (to the line format) must come with a new {@link JsonlExporter#FORMAT}, listed here with the golden's hash.
     */
    @Test
    void theFormatVersionChangesWithTheGoldenFile() throws IOException {
        Map<String, String> formatOfGolden = Map.of(
                "3d1529882b94c2f241aa162adf21b18e0c5c03fab1835591924850b06386af32", "1");

        String golden = sha256(golden("expected-postings.jsonl").getBytes(StandardCharsets.UTF_8));

        assertThat(formatOfGolden.get(golden)).as("the format of golden file %s", golden)
                .isEqualTo(JsonlExporter.FORMAT);
    }

    @Test
    void everyLineIsOneJsonObjectWithEveryContractFieldInOrder() throws IOException {
        Path file = dir.resolve("postings.jsonl");

        exporter.write(file, sample());

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            JsonNode json = JSON.readTree(line);
            assertThat(json.isObject()).isTrue();
            assertThat(new ArrayList<>(json.propertyNames())).containsExactlyElementsOf(CONTRACT_FIELDS);
        }
    }

    @Test
    void keepsNullsAndEmptyListsOfASkippedPosting() throws IOException {
        Path file = dir.resolve("postings.jsonl");

        exporter.write(file, List.of(Postings.skipped("0f0f0f0f0f0f", "data/postings/x.html", "no job title")));

        JsonNode json = JSON.readTree(Files.readString(file));
        assertThat(json.get("score").isNull()).isTrue();
        assertThat(json.get("title").isNull()).isTrue();
        assertThat(json.get("ats_coverage").isNull()).isTrue();
        assertThat(json.get("skills").isArray()).isTrue();
        assertThat(json.get("skills").isEmpty()).isTrue();
        assertThat(json.get("lint").isEmpty()).isTrue();
    }

    @Test
    void namesFieldsInSnakeCaseAndDatesAsIsoDays() throws IOException {
        Path file = dir.resolve("postings.jsonl");

        exporter.write(file, List.of(Postings.done("1a2b3c4d5e6f")));

        JsonNode json = JSON.readTree(Files.readString(file));
        assertThat(json.get("first_seen").asString()).isEqualTo("2025-03-01");
        assertThat(json.get("last_seen").asString()).isEqualTo("2025-03-15");
        assertThat(json.get("ats_coverage").asDouble()).isEqualTo(0.75);
        assertThat(json.has("atsCoverage")).isFalse();
        assertThat(json.has("firstSeen")).isFalse();
    }

    @Test
    void keepsOneRecordPerLineWhateverTheTextHolds() throws IOException {
        Path file = dir.resolve("postings.jsonl");
        PostingRecord awkward = Postings.withText("1a2b3c4d5e6f", "Engineer\nline two\u2028line three\u2029",
                "Ünïcødé \"Quoted\" GmbH", "data/postings/x.html");

        exporter.write(file, List.of(awkward, Postings.done("2b3c4d5e6f7a")));

        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(content.split("\n", -1)).hasSize(3).endsWith("");
        assertThat(content).doesNotContain("\u2028", "\u2029");
        JsonNode json = JSON.readTree(content.lines().findFirst().orElseThrow());
        assertThat(json.get("title").asString()).isEqualTo("Engineer\nline two\u2028line three\u2029");
        assertThat(json.get("company").asString()).isEqualTo("Ünïcødé \"Quoted\" GmbH");
    }

    @Test
    void writesAnUnrepresentableCoverageAsNull() throws IOException {
        Path file = dir.resolve("postings.jsonl");
        PostingRecord p = Postings.done("1a2b3c4d5e6f");
        PostingRecord nan = new PostingRecord(p.id(), p.source(), p.status(), p.reason(), p.title(), p.company(),
                p.location(), p.remote(), p.seniority(), p.skills(), p.signals(), p.score(), p.matched(), p.missing(),
                p.achievements(), p.opening(), p.letter(), p.words(), p.lint(), Double.NaN, p.state(), p.firstSeen(),
                p.lastSeen());

        exporter.write(file, List.of(nan));

        assertThat(JSON.readTree(Files.readString(file)).get("ats_coverage").isNull()).isTrue();
    }

    @Test
    void replacesThePreviousExportAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("postings.jsonl");
        Files.writeString(file, "old content\n");

        exporter.write(file, List.of(Postings.done("1a2b3c4d5e6f")));

        assertThat(Files.readString(file)).startsWith("{\"id\":\"1a2b3c4d5e6f\"");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writesAnEmptyFileForNoPostings() throws IOException {
        Path file = dir.resolve("out/postings.jsonl");

        exporter.write(file, List.of());

        assertThat(file).isEmptyFile();
    }

    private static List<PostingRecord> sample() {
        return List.of(Postings.done("1a2b3c4d5e6f"),
                Postings.skipped("0f0f0f0f0f0f", "data/postings/broken.html", "no job title found"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = JsonlExporterTest.class.getResourceAsStream("/report/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
