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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with four threads writes what a run with one thread writes: the same letters byte for byte, the same
 * postings.jsonl, the same workbook rows, the same H2 rows and step counts, and the same duplicate decisions.
 * Both runs use one workspace path in turn, so posting ids (which derive from the source path) match.
 */
class ThreadedRunTest {
    private static final String ORIGINAL = "ledgerline-senior-backend-engineer-payments.html";
    /**
     * Sorts just before the original (a "-" before its "."), so both land in one chunk and race each other on four
     * threads.
     */
    private static final String SAME_CHUNK_COPY = "ledgerline-senior-backend-engineer-payments-saved-again.html";
    /** Sorts first: with four threads it is prepared beside the files that follow it. */
    private static final String EARLY_COPY = "aaa-tramline-backend-engineer-kotlin-copy.md";

    @TempDir
    Path tmp;

    @Test
    void fourThreadsWriteWhatOneThreadWrites() throws Exception {
        SampleWorkspace workspace = SampleWorkspace.copyInto(tmp.resolve("workspace"));
        Files.copy(workspace.postings().resolve(ORIGINAL), workspace.postings().resolve(SAME_CHUNK_COPY));
        Files.copy(workspace.postings().resolve("tramline-backend-engineer-kotlin.md"),
                workspace.postings().resolve(EARLY_COPY));

        Outputs one = runWith(workspace, 1);
        Outputs four = runWith(workspace, 4);

        assertThat(one.skippedDuplicates()).isEqualTo(2);
        assertThat(four.letters().keySet()).isEqualTo(one.letters().keySet());
        one.letters().forEach((name, bytes) -> assertThat(four.letters().get(name)).as(name).isEqualTo(bytes));
        assertThat(four.jsonl()).containsExactlyElementsOf(one.jsonl());
        assertThat(four.postingsSheet()).containsExactlyElementsOf(one.postingsSheet());
        assertThat(four.skippedSheet()).containsExactlyElementsOf(one.skippedSheet());
        assertThat(four.rows()).containsExactlyElementsOf(one.rows());
        assertThat(four.steps()).isEqualTo(one.steps());
    }

    @Test
    void anUnchangedReRunWithFourThreadsChangesNothing() throws Exception {
        SampleWorkspace workspace = SampleWorkspace.copyInto(tmp.resolve("workspace"));
        Files.copy(workspace.postings().resolve(ORIGINAL), workspace.postings().resolve(SAME_CHUNK_COPY));
        Outputs first = collect(workspace, launch(workspace, 4));

        assertThat(launch(workspace, 4)).isZero();
        Outputs second = collect(workspace, 0);

        assertThat(second.letters()).containsOnlyKeys(first.letters().keySet());
        assertThat(second.jsonl()).hasSameSizeAs(first.jsonl());
        assertThat(BatchTables.postingSteps(workspace.db())).last().satisfies(step -> {
            assertThat(step.jobStatus()).isEqualTo("COMPLETED");
            assertThat(step.read()).isEqualTo(first.steps().get(0).read());
        });
        assertThat(BatchTables.count(workspace.db(), "SELECT COUNT(*) FROM tailor_posting WHERE status = 'SKIPPED'"
                + " AND record LIKE '%\"reason\":\"duplicate of %'")).isEqualTo(1);
    }

    /** Runs over a fresh output folder and database, returns what the run wrote, then clears it for the next. */
    private Outputs runWith(SampleWorkspace workspace, int threads) throws Exception {
        Outputs outputs = collect(workspace, launch(workspace, threads));
        deleteTree(workspace.out());
        deleteTree(workspace.db().getParent());
        return outputs;
    }

    private static int launch(SampleWorkspace workspace, int threads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TailorCli cli = new TailorCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemDefaultZone(),
                // Chunks of four: several chunks, each with as many postings as threads.
                new PipelineLauncher(Map.of("tailor.threads", threads, "tailor.chunk-size", 4),
                        TailorApplication.class));
        return cli.execute(workspace.runArgs());
    }

    private static Outputs collect(SampleWorkspace workspace, int exitCode) throws Exception {
        assertThat(exitCode).isZero();
        Map<String, byte[]> letters = new TreeMap<>();
        try (Stream<Path> files = Files.list(workspace.out().resolve("letters"))) {
            for (Path file : files.toList()) {
                letters.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        List<String> jsonl = Files.readAllLines(workspace.out().resolve("postings.jsonl"));
        List<String> postings;
        List<String> skipped;
        try (XSSFWorkbook workbook = new XSSFWorkbook(workspace.out().resolve("summary.xlsx").toFile())) {
            postings = cellText(workbook, "Postings");
            skipped = cellText(workbook, "Skipped");
        }
        long duplicates = BatchTables.count(workspace.db(),
                "SELECT COUNT(*) FROM tailor_posting WHERE record LIKE '%\"reason\":\"duplicate of %'");
        return new Outputs(letters, jsonl, postings, skipped, rows(workspace.db()),
                BatchTables.postingSteps(workspace.db()), duplicates);
    }

    /** Every posting row but its dates, which are the same day in both runs anyway. */
    private static List<String> rows(Path db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath(), "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, source, status, content_hash, fingerprint, letter_stem,"
                        + " formats, state, last_run, last_outcome, record FROM tailor_posting ORDER BY id")) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 11; i++) {
                    row.append(rs.getString(i)).append('\t');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static List<String> cellText(XSSFWorkbook workbook, String sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> lines = new ArrayList<>();
        for (Row row : workbook.getSheet(sheet)) {
            StringBuilder line = new StringBuilder();
            for (Cell cell : row) {
                line.append(cell.getColumnIndex()).append('=').append(formatter.formatCellValue(cell)).append('\t');
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private record Outputs(Map<String, byte[]> letters, List<String> jsonl, List<String> postingsSheet,
            List<String> skippedSheet, List<String> rows, List<BatchTables.StepCounts> steps,
            long skippedDuplicates) {
    }
}
