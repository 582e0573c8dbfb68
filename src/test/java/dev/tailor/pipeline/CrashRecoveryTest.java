package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.TailorApplication;
import dev.tailor.faults.CrashPoint;
import dev.tailor.posting.PostingIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills a run at several points, as {@code kill -9} would, then runs again: the outputs must be exactly those
 * of a run that was never interrupted, with no duplicate and no half-written file. Each run is a separate JVM.
 */
@Tag("slow")
class CrashRecoveryTest {
    /** A small chunk, so that the sample postings span several chunks and a crash leaves some committed. */
    private static final String CHUNK = "4";

    @TempDir
    static Path referenceDir;

    private static Outputs reference;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        SampleWorkspace workspace = SampleWorkspace.copyInto(referenceDir);
        assertThat(runJob(workspace, null)).isZero();
        reference = Outputs.of(workspace);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "posting-processed:6",   // in the chunk step, with one chunk committed and the next half processed
        "letter-written:6",      // while writing letters: files on disk, their rows not committed
        "report-start",          // between the steps: postings committed, report not begun
        "jsonl-written",         // in the report step, after postings.jsonl and before the workbook
        "workbook-row:5",        // while the workbook's temporary file is half-written
        "workbook-written"})     // the new workbook complete beside the old one, not yet moved into place
    void aRunKilledAtAnyPointIsFinishedByTheNextWithIdenticalOutputs(String point, @TempDir Path dir) throws Exception {
        SampleWorkspace workspace = SampleWorkspace.copyInto(dir);

        assertThat(runJob(workspace, point)).as("the crashed run").isEqualTo(CrashPoint.HALT_STATUS);
        assertThat(runJob(workspace, null)).as("the run after the crash").isZero();

        Outputs outputs = Outputs.of(workspace);
        assertThat(outputs.letters()).isEqualTo(reference.letters());
        assertThat(outputs.jsonl()).isEqualTo(reference.jsonl());
        assertThat(outputs.postingsSheet()).isEqualTo(reference.postingsSheet());
        assertThat(outputs.skippedSheet()).isEqualTo(reference.skippedSheet());
        assertThat(hiddenTempFiles(workspace.out())).isEmpty();
        assertThat(hiddenTempFiles(workspace.out().resolve("letters"))).isEmpty();
        assertThat(BatchTables.count(workspace.db(), "SELECT COUNT(*) FROM tailor_posting"))
                .isEqualTo(workspace.postingFiles().size());
        assertThat(BatchTables.count(workspace.db(), "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
        assertThat(BatchTables.count(workspace.db(),
                "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'")).isEqualTo(1);
    }

    /**
     * The workers write a letter's files ahead, before the posting is found to duplicate an earlier one: halted
     * before the report step removes leftovers, the run shows that the duplicate's files were deleted at once.
     */
    @Test
    void aDuplicatesStagedLetterIsDeletedBeforeTheReportStep(@TempDir Path dir) throws Exception {
        SampleWorkspace workspace = SampleWorkspace.copyInto(dir);
        // Sorts right after its original: both in one chunk, prepared side by side by the workers.
        Files.copy(workspace.postings().resolve("ledgerline-senior-backend-engineer-payments.html"),
                workspace.postings().resolve("ledgerline-senior-backend-engineer-payments.saved-again.html"));

        assertThat(runJob(workspace, "report-start", "-Dtailor.threads=4")).isEqualTo(CrashPoint.HALT_STATUS);

        assertThat(hiddenTempFiles(workspace.out().resolve("letters"))).isEmpty();
        assertThat(Outputs.lettersOf(workspace)).isEqualTo(reference.letters());
    }

    private static List<String> hiddenTempFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".") && n.endsWith(".tmp"))
                    .toList();
        }
    }

    /** Runs `tailor run` over the workspace in a new JVM, optionally crashing at a point; returns the exit code. */
    private static int runJob(SampleWorkspace workspace, String crashAt, String... jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dtailor.chunk-size=" + CHUNK));
        command.addAll(List.of(jvmOptions));
        if (crashAt != null) {
            command.add("-Dtailor.crash-at=" + crashAt);
        }
        command.add(TailorApplication.class.getName());
        command.addAll(List.of(workspace.relativeRunArgs()));
        Path log = workspace.root().resolve("run-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).directory(workspace.root().toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the run did not end in 2 minutes: " + Files.readString(log));
        }
        return process.exitValue();
    }

    /** What a run leaves for the person: letters, the JSONL export and the workbook's posting rows. */
    private record Outputs(Map<String, String> letters, List<String> jsonl, List<String> postingsSheet,
            List<String> skippedSheet) {

        static Outputs of(SampleWorkspace workspace) throws IOException {
            Map<String, String> letters = lettersOf(workspace);
            List<String> jsonl = Files.readAllLines(workspace.out().resolve("postings.jsonl"), StandardCharsets.UTF_8);
            try (XSSFWorkbook workbook = new XSSFWorkbook(workspace.out().resolve("summary.xlsx").toFile())) {
                return new Outputs(letters, jsonl, rows(workbook.getSheet("Postings")),
                        rows(workbook.getSheet("Skipped")));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
        }

        /** The letter files by name, each with its content's hash. */
        static Map<String, String> lettersOf(SampleWorkspace workspace) throws IOException {
            Map<String, String> letters = new TreeMap<>();
            try (Stream<Path> files = Files.list(workspace.out().resolve("letters"))) {
                for (Path file : files.toList()) {
                    // Hidden temporary files may be left by a crash; they are not letters.
                    if (!file.getFileName().toString().startsWith(".")) {
                        letters.put(file.getFileName().toString(), PostingIds.sha256(Files.readAllBytes(file)));
                    }
                }
            }
            return letters;
        }

        private static List<String> rows(Sheet sheet) {
            DataFormatter formatter = new DataFormatter();
            List<String> rows = new ArrayList<>();
            for (Row row : sheet) {
                StringBuilder line = new StringBuilder();
                row.forEach(cell -> line.append(formatter.formatCellValue(cell)).append('\t'));
                rows.add(line.toString());
            }
            return rows;
        }
    }

}
