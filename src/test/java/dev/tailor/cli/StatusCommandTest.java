package dev.tailor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.pipeline.PipelineLauncher;
import dev.tailor.pipeline.RunLock;
import dev.tailor.pipeline.RunSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tailor status} against a database written here with fixed times, so its page can be compared with a golden
 * file ({@code src/test/resources/cli/status.txt}; the database path is written there as {@code <db>}).
 */
class StatusCommandTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "cli", "status.txt");

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheLastRunsAndWhatTheLastOneChanged() throws Exception {
        Path db = tmp.resolve("db").resolve("tailor");
        writeHistory(db);

        assertThat(status("--db", db.toString())).isZero();

        String page = out.toString(StandardCharsets.UTF_8).replace(db.toString(), "<db>");
        assertThat(page).isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void runInProgressIsReportedWithoutOpeningTheDatabase() throws Exception {
        Path db = tmp.resolve("db").resolve("tailor");
        writeHistory(db);

        try (RunLock held = RunLock.tryAcquire(db)) {
            assertThat(status("--db", db.toString())).isZero();
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("A run is in progress").doesNotContain("Last runs");
    }

    @Test
    void missingDatabaseIsNotCreated() {
        Path db = tmp.resolve("nowhere").resolve("tailor");

        assertThat(status("--db", db.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("No runs yet");
        assertThat(db.getParent()).doesNotExist();
    }

    @Test
    void runOptionsAreRefused() {
        assertThat(status("--force")).isEqualTo(ExitCode.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("status takes only a job file and --db PATH");
    }

    private int status(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "status";
        System.arraycopy(args, 0, all, 1, args.length);
        return new TailorCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone(), new PipelineLauncher())
                .execute(all);
    }

    /** Three nights: a completed first run, one killed mid-way, and last night's run that found changes. */
    private static void writeHistory(Path db) throws SQLException, IOException {
        Files.createDirectories(db.getParent());
        try (Connection c = DriverManager.getConnection(RunSettings.jdbcUrl(db), "sa", "");
                Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM 'classpath:tailor-schema.sql'");
            run(c, 1, "2026-11-26T02:30:00", "2026-11-26T02:34:12", 12, 11, 0, 1, 0, "COMPLETED");
            run(c, 2, "2026-11-27T02:30:00", null, 4, 4, 0, 0, 0, "RUNNING");
            run(c, 3, "2026-11-28T02:30:00", "2026-11-28T02:31:05", 14, 4, 9, 1, 0, "COMPLETED");
            posting(c, "a1", "postings/ledgerline-backend.html", "Ledgerline", "Senior Backend Engineer, Payments",
                    "new", "2026-11-28", "2026-11-28", 3, null);
            posting(c, "a2", "postings/acme-data.md", "acme", "Data Engineer", "new", "2026-11-28", "2026-11-28", 3, null);
            posting(c, "a3", "postings/saved-sign-in-wall.html", null, null, "new", "2026-11-28", "2026-11-28", 3, null);
            posting(c, "a4", "postings/tramline-kotlin.md", "Tramline", "Backend Engineer (Kotlin)", "changed",
                    "2026-10-01", "2026-11-28", 3, null);
            posting(c, "a5", "postings/northwind.txt", "Northwind", "Platform Engineer", "unchanged", "2026-10-01",
                    "2026-11-28", 3, null);
            posting(c, "a6", "postings/quayside-sre.html", "Quayside Insurance", "Senior Site Reliability Engineer",
                    "closed", "2026-09-01", "2026-11-27", 2, 3L);
            posting(c, "a7", "postings/old.html", "Oldco", "Java Developer", "closed", "2026-08-01", "2026-09-01", 1,
                    1L);
        }
    }

    private static void run(Connection c, long id, String started, String ended, int read, int processed,
            int unchanged, int skipped, int failed, String outcome) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO tailor_run (id, started, ended, read_count, processed, unchanged, skipped, failed, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            s.setLong(1, id);
            s.setTimestamp(2, Timestamp.valueOf(LocalDateTime.parse(started)));
            s.setTimestamp(3, ended == null ? null : Timestamp.valueOf(LocalDateTime.parse(ended)));
            s.setInt(4, read);
            s.setInt(5, processed);
            s.setInt(6, unchanged);
            s.setInt(7, skipped);
            s.setInt(8, failed);
            s.setString(9, outcome);
            s.executeUpdate();
        }
    }

    private static void posting(Connection c, String id, String source, String company, String title, String state,
            String firstSeen, String lastSeen, long lastRun, Long closedRun) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO tailor_posting (id, source, status, state, first_seen, last_seen, last_run, last_outcome,
                    record, closed_run) VALUES (?, ?, 'DONE', ?, ?, ?, ?, 'processed', ?, ?)""")) {
            s.setString(1, id);
            s.setString(2, source);
            s.setString(3, state);
            s.setObject(4, LocalDate.parse(firstSeen));
            s.setObject(5, LocalDate.parse(lastSeen));
            s.setLong(6, lastRun);
            s.setString(7, "{\"company\":" + quoted(company) + ",\"title\":" + quoted(title) + "}");
            s.setObject(8, closedRun);
            s.executeUpdate();
        }
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
