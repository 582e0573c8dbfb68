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
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole job on the sample data, through the command line, as a person runs it. */
class TailorJobTest {
    /** The sample folder holds one page saved by mistake (a sign-in wall), which must be skipped. */
    private static final String SKIPPED_SAMPLE = "saved-sign-in-wall.html";

    @TempDir
    Path tmp;

    private SampleWorkspace workspace;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void copySampleData() {
        workspace = SampleWorkspace.copyInto(tmp);
    }

    @Test
    void firstRunWritesALetterAndARowForEveryPosting() throws Exception {
        int total = workspace.postingFiles().size();

        assertThat(run()).isZero();

        List<BatchTables.StepCounts> steps = BatchTables.postingSteps(workspace.db());
        assertThat(steps).singleElement().satisfies(step -> {
            assertThat(step.jobStatus()).isEqualTo("COMPLETED");
            assertThat(step.read()).isEqualTo(total);
            assertThat(step.write()).isEqualTo(total - 1);
            assertThat(step.skip()).isEqualTo(1);
        });
        List<JsonNode> lines = jsonl();
        assertThat(lines).hasSize(total);
        for (JsonNode line : lines) {
            if (line.get("source").asString().endsWith(SKIPPED_SAMPLE)) {
                assertThat(line.get("status").asString()).isEqualTo("SKIPPED");
                assertThat(line.get("reason").asString()).isNotBlank();
                continue;
            }
            assertThat(line.get("status").asString()).isEqualTo("DONE");
            assertThat(line.get("state").asString()).isEqualTo("new");
            String letter = line.get("letter").asString();
            for (String format : List.of("md", "html", "docx")) {
                assertThat(workspace.out().resolve(letter.replace(".md", "." + format))).isNotEmptyFile();
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(workspace.out().resolve("summary.xlsx").toFile())) {
            Sheet postings = workbook.getSheet("Postings");
            assertThat(postings.getLastRowNum()).isEqualTo(total - 1);
            assertThat(workbook.getSheet("Skipped").getLastRowNum()).isEqualTo(1);
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("postings " + total + "/" + total + " done, 1 skipped")
                .contains("done. " + total + " postings: " + (total - 1) + " processed, 0 unchanged, 1 skipped, 0 failed")
                .contains("Outputs in " + workspace.out());
    }

    @Test
    void everyContractFieldIsPresentOnEveryLine() throws Exception {
        assertThat(run()).isZero();

        List<String> fields = List.of("id", "source", "status", "reason", "title", "company", "location", "remote",
                "seniority", "skills", "signals", "score", "matched", "missing", "achievements", "opening", "letter",
                "words", "lint", "ats_coverage", "state", "first_seen", "last_seen");
        for (JsonNode line : jsonl()) {
            assertThat(line.propertyNames()).containsAll(fields);
        }
    }

    @Test
    void unchangedRerunRewritesNoLetter() throws Exception {
        assertThat(run()).isZero();
        Map<Path, FileTime> before = letterTimes();
        int total = workspace.postingFiles().size();

        assertThat(run()).isZero();

        assertThat(letterTimes()).isEqualTo(before);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains((total - 1) + " unchanged")
                .contains("0 processed")
                .contains("no letter was rewritten");
        assertThat(jsonl()).filteredOn(l -> l.get("status").asString().equals("DONE"))
                .allSatisfy(l -> assertThat(l.get("state").asString()).isEqualTo("unchanged"));
    }

    @Test
    void changedPostingIsProcessedAgainAndMarkedChanged() throws Exception {
        assertThat(run()).isZero();
        Path posting = workspace.postings().resolve("tramline-backend-engineer-kotlin.md");
        Files.writeString(posting, Files.readString(posting) + "\n- Experience with Redis is a plus.\n");

        assertThat(run()).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 processed");
        assertThat(jsonl()).filteredOn(l -> l.get("source").asString().endsWith("tramline-backend-engineer-kotlin.md"))
                .singleElement().satisfies(l -> assertThat(l.get("state").asString()).isEqualTo("changed"));
    }

    @Test
    void changedTemplateOrProfileRedoesEveryLetter() throws Exception {
        assertThat(run()).isZero();
        int letters = workspace.postingFiles().size() - 1;
        Path template = Files.list(workspace.templates()).filter(p -> p.toString().endsWith(".md.ftl")).findFirst()
                .orElseThrow();
        Files.writeString(template, Files.readString(template) + "\n<#-- edited by the person -->\n");

        assertThat(run()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(letters + " processed, 0 unchanged");

        Files.writeString(workspace.profile(), Files.readString(workspace.profile()) + "\n# a comment\n");
        assertThat(run()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(letters + " processed, 0 unchanged");
    }

    @Test
    void forceRedoesEverything() throws Exception {
        assertThat(run()).isZero();
        int letters = workspace.postingFiles().size() - 1;

        assertThat(run("--force")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains(letters + " processed, 0 unchanged");
    }

    @Test
    void removedPostingIsClosed() throws Exception {
        assertThat(run()).isZero();
        Files.delete(workspace.postings().resolve("tramline-backend-engineer-kotlin.md"));

        assertThat(run()).isZero();

        assertThat(jsonl()).filteredOn(l -> l.get("source").asString().endsWith("tramline-backend-engineer-kotlin.md"))
                .singleElement().satisfies(l -> assertThat(l.get("state").asString()).isEqualTo("closed"));
    }

    @Test
    void everyRunWritesItsLogFileAndAJsonSummary() throws Exception {
        int total = workspace.postingFiles().size();

        assertThat(run()).isZero();

        Path lastRun = workspace.out().resolve("last-run.json");
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(lastRun));
        assertThat(summary.get("outcome").asString()).isEqualTo("COMPLETED");
        assertThat(summary.get("exit_code").asInt()).isZero();
        assertThat(summary.get("counts").get("read").asInt()).isEqualTo(total);
        assertThat(summary.get("counts").get("skipped").asInt()).isEqualTo(1);
        assertThat(summary.get("changes").get("new").asInt()).isEqualTo(total);
        assertThat(summary.get("duration_seconds").asDouble()).isPositive();
        assertThat(workspace.out().resolve("logs").resolve("run-" + summary.get("run").asLong() + ".json"))
                .hasSameTextualContentAs(lastRun);
        Path log = Path.of(summary.get("outputs").get("log").asString());
        assertThat(log.getParent()).isEqualTo(workspace.out().resolve("logs").toAbsolutePath().normalize());
        assertThat(Files.readString(log)).contains("Executing step: [postings]", "done. " + total + " postings");
    }

    @Test
    void readEqualsWrittenPlusSkippedPlusFilteredInEveryRun() throws Exception {
        for (String[] extra : List.of(new String[0], new String[0], new String[] {"--force"})) {
            assertThat(run(extra)).isZero();

            JsonNode summary = JsonMapper.builder().build()
                    .readTree(Files.readString(workspace.out().resolve("last-run.json")));
            JsonNode step = summary.get("step");
            assertThat(step.get("read").asLong()).isEqualTo(workspace.postingFiles().size())
                    .isEqualTo(step.get("written").asLong() + step.get("skipped").asLong() + step.get("filtered").asLong());
            assertThat(step.get("balanced").asBoolean()).isTrue();
            assertThat(summary.get("counts").get("read").asLong()).isEqualTo(step.get("read").asLong());
        }
    }

    @Test
    void secondRunOnALockedDatabaseExitsThreeAndTouchesNothing() throws Exception {
        try (RunLock held = RunLock.tryAcquire(workspace.db())) {
            assertThat(held).isNotNull();

            assertThat(run()).isEqualTo(3);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("another tailor run is using the database");
        assertThat(workspace.out()).doesNotExist();
        assertThat(workspace.db().resolveSibling("tailor.mv.db")).doesNotExist();
    }

    @Test
    void malformedProfileExitsTwoWithNothingWritten() throws Exception {
        Files.writeString(workspace.profile(), Files.readString(workspace.profile()).replaceFirst("\nyears:", "\nyearz:"));

        assertThat(run()).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("invalid profile: " + workspace.profile() + ":");
        assertNothingWritten();
    }

    @Test
    void missingPostingsFolderExitsTwoWithNothingWritten() throws Exception {
        String[] args = workspace.runArgs();
        args[2] = tmp.resolve("no-such-folder").toString();

        assertThat(cli().execute(args)).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not exist");
        assertNothingWritten();
    }

    @Test
    void unknownFlagExitsTwoWithNothingWritten() throws Exception {
        assertThat(run("--colour")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --colour");
        assertNothingWritten();
    }

    @Test
    void checkValidatesTheSampleAndWritesNothing() {
        String[] args = workspace.runArgs();
        args[0] = "check";

        assertThat(cli().execute(args)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("configuration is valid");
        assertNothingWritten();
    }

    @Test
    void templateWithASyntaxErrorExitsTwoNamingTheFile() throws Exception {
        Path template = workspace.templates().resolve("paragraphs.ftl");
        Files.writeString(template, Files.readString(template) + "\n<#if unclosed>\n");

        assertThat(run()).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("invalid template:", "paragraphs.ftl");
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(workspace.out()).doesNotExist();
        assertThat(workspace.db().getParent()).doesNotExist();
    }

    private int run(String... extra) {
        return cli().execute(workspace.runArgs(extra));
    }

    private TailorCli cli() {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new TailorCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone(),
                new PipelineLauncher(TailorApplication.class));
    }

    private List<JsonNode> jsonl() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<String> lines = Files.lines(workspace.out().resolve("postings.jsonl"))) {
            return lines.map(json::readTree).toList();
        }
    }

    private Map<Path, FileTime> letterTimes() throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.list(workspace.out().resolve("letters"))) {
            for (Path file : files.toList()) {
                times.put(file, Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

}
