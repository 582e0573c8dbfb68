package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.TailorApplication;
import dev.tailor.cli.TailorCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The job over the sample data with a posting saved twice, and with a posting that says it expired. */
class DuplicateAndExpiredPostingsTest {
    private static final String ORIGINAL = "ledgerline-senior-backend-engineer-payments.html";
    private static final String COPY = "zz-ledgerline-saved-again.html";
    private static final String EXPIRING = "voltgrid-senior-backend-engineer-grid-data-platform.html";

    @TempDir
    Path tmp;

    private SampleWorkspace workspace;

    @BeforeEach
    void copySampleData() {
        workspace = SampleWorkspace.copyInto(tmp);
    }

    @Test
    void aPostingSavedTwiceGetsOneLetterAndListsBothSources() throws Exception {
        Path original = workspace.postings().resolve(ORIGINAL);
        Files.writeString(workspace.postings().resolve(COPY),
                Files.readString(original).replaceFirst("<body([^>]*)>", "<body$1><p>Share this job</p>"));
        int total = workspace.postingFiles().size();

        assertThat(run()).isZero();

        assertThat(line(ORIGINAL).get("status").asString()).isEqualTo("DONE");
        assertThat(line(ORIGINAL).get("sources").values()).extracting(JsonNode::asString)
                .hasSize(2).anySatisfy(source -> assertThat(source).endsWith(COPY));
        assertThat(line(COPY).get("status").asString()).isEqualTo("SKIPPED");
        assertThat(line(COPY).get("reason").asString()).startsWith("duplicate of ").contains(ORIGINAL);
        try (Stream<Path> letters = Files.list(workspace.out().resolve("letters"))) {
            assertThat(letters.filter(p -> p.toString().endsWith(".md")).count()).isEqualTo(total - 2);
        }
    }

    @Test
    void aDuplicateStaysADuplicateOnTheNextRun() throws Exception {
        Files.copy(workspace.postings().resolve(ORIGINAL), workspace.postings().resolve(COPY));
        assertThat(run()).isZero();

        assertThat(run()).isZero();

        assertThat(line(COPY).get("status").asString()).isEqualTo("SKIPPED");
        assertThat(line(ORIGINAL).get("sources").values()).hasSize(2);
        assertThat(line(ORIGINAL).get("state").asString()).isEqualTo("unchanged");
    }

    /**
     * The original is unchanged on the second run, so it is not parsed again: the copy saved in between is still
     * found to duplicate it, from what the first run kept of it.
     */
    @Test
    void aCopySavedBetweenRunsDuplicatesTheUnchangedOriginal() throws Exception {
        String original = "cartwheel-commerce-senior-software-engineer-checkout.html";
        String copy = "zz-cartwheel-saved-again.html";
        assertThat(run()).isZero();
        // Saved without its address, so only the text kept from the first run can tell it is the same posting.
        Files.writeString(workspace.postings().resolve(copy), Files.readString(workspace.postings().resolve(original))
                .replaceAll("<(?:link|meta)[^>]*(?:canonical|og:url)[^>]*>", "")
                .replaceFirst("<body([^>]*)>", "<body$1><p>Share this job</p>"));

        assertThat(run()).isZero();

        assertThat(line(original).get("state").asString()).isEqualTo("unchanged");
        assertThat(line(original).get("sources").values()).hasSize(2);
        assertThat(line(copy).get("status").asString()).isEqualTo("SKIPPED");
        assertThat(line(copy).get("reason").asString()).startsWith("duplicate of ").contains(original)
                .contains("near-identical text");
    }

    /**
     * Unchanged postings are taken as distinct without a search while every posting before them is too; a copy
     * saved between runs that comes first in file order ends that, so the unchanged original after it is searched
     * and found to duplicate it.
     */
    @Test
    void aCopySavedBetweenRunsThatComesFirstMakesTheUnchangedOriginalItsDuplicate() throws Exception {
        String original = "cartwheel-commerce-senior-software-engineer-checkout.html";
        String copy = "aa-cartwheel-saved-again.html";
        assertThat(run()).isZero();
        assertThat(run()).as("a run that changes nothing, to be trusted by the next").isZero();
        Files.copy(workspace.postings().resolve(original), workspace.postings().resolve(copy));

        assertThat(run()).isZero();

        assertThat(line(copy).get("status").asString()).isEqualTo("DONE");
        assertThat(line(original).get("status").asString()).isEqualTo("SKIPPED");
        assertThat(line(original).get("reason").asString()).startsWith("duplicate of ").contains(copy);
    }

    @Test
    void anExpiredPostingIsClosed() throws Exception {
        Path page = workspace.postings().resolve(EXPIRING);
        Files.writeString(page, Files.readString(page)
                .replaceFirst("<body([^>]*)>", "<body$1><div class=\"notice\">This job has expired</div>"));

        assertThat(run()).isZero();

        assertThat(line(EXPIRING).get("status").asString()).isEqualTo("DONE");
        assertThat(line(EXPIRING).get("state").asString()).isEqualTo("closed");
    }

    @Test
    void anExpiredPostingStaysClosedWhenUnchanged() throws Exception {
        Path page = workspace.postings().resolve(EXPIRING);
        Files.writeString(page, Files.readString(page)
                .replaceFirst("<body([^>]*)>", "<body$1><div class=\"notice\">This job has expired</div>"));
        assertThat(run()).isZero();

        assertThat(run()).isZero();

        assertThat(line(EXPIRING).get("state").asString()).isEqualTo("closed");
    }

    private int run() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new TailorCli(out, out, Clock.systemDefaultZone(), new PipelineLauncher(TailorApplication.class))
                .execute(workspace.runArgs());
    }

    private JsonNode line(String fileName) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<String> lines = Files.lines(workspace.out().resolve("postings.jsonl"))) {
            List<JsonNode> matching = lines.map(json::readTree)
                    .filter(l -> l.get("source").asString().endsWith(fileName))
                    .toList();
            assertThat(matching).hasSize(1);
            return matching.get(0);
        }
    }
}
