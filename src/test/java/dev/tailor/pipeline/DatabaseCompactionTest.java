package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A database file that is mostly free space is compacted after the run; one in good use is left alone. */
class DatabaseCompactionTest {
    private static final int ROWS = 200;

    @TempDir
    Path folder;
    private final ByteArrayOutputStream said = new ByteArrayOutputStream();
    private final RunConsole console = new RunConsole(new PrintStream(said, true, StandardCharsets.UTF_8),
            new PrintStream(said, true, StandardCharsets.UTF_8));

    @Test
    void aFileMostlyFreeIsCompactedAndKeepsItsRows() throws Exception {
        RunSettings settings = settings();
        SingleConnectionDataSource db = database(settings);
        JdbcClient jdbc = JdbcClient.create(db);
        fill(jdbc);
        // every row written again, five times over, each time in its own commit: what a run that redoes every
        // posting leaves behind
        for (int round = 1; round <= 5; round++) {
            for (int id = 0; id < ROWS; id++) {
                jdbc.sql("UPDATE t SET v = ? WHERE id = ?").params(text(id + round), id).update();
            }
        }
        DatabaseCompaction.FileUse before = DatabaseCompaction.fileUse(jdbc);

        new DatabaseCompaction(1024 * 1024).compactIfWorthIt(jdbc, (AutoCloseable) db::destroy, settings, console);

        assertThat(before.livePercent()).isLessThan(DatabaseCompaction.MIN_LIVE_PERCENT);
        assertThat(Files.size(dbFile(settings))).isLessThan(before.bytes() / 2);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("compacting the database", "database compacted");
        SingleConnectionDataSource again = database(settings);
        try {
            assertThat(JdbcClient.create(again).sql("SELECT v FROM t WHERE id = 7").query(String.class).single())
                    .isEqualTo(text(7 + 5));
            assertThat(JdbcClient.create(again).sql("SELECT COUNT(*) FROM t").query(Integer.class).single())
                    .isEqualTo(ROWS);
        } finally {
            again.destroy();
        }
    }

    @Test
    void aFileInGoodUseIsLeftAsItIs() {
        RunSettings settings = settings();
        SingleConnectionDataSource db = database(settings);
        JdbcClient jdbc = JdbcClient.create(db);
        fill(jdbc);

        new DatabaseCompaction(1024 * 1024).compactIfWorthIt(jdbc, (AutoCloseable) db::destroy, settings, console);

        assertThat(DatabaseCompaction.fileUse(jdbc).livePercent())
                .isGreaterThanOrEqualTo(DatabaseCompaction.MIN_LIVE_PERCENT);
        // compactIfWorthIt says so before it compacts
        assertThat(said.toString(StandardCharsets.UTF_8)).isEmpty();
        db.destroy();
    }

    @Test
    void aDatabaseThatCannotSayItsUseIsLeftAsItIs() {
        // no connection to be had: the query fails, and the run it follows must not
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource("jdbc:none:" + folder));

        new DatabaseCompaction(0).compactIfWorthIt(jdbc, (AutoCloseable) () -> { }, settings(), console);

        assertThat(said.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void onlyALargeFileMostlyFreeIsWorthIt() {
        DatabaseCompaction compaction = new DatabaseCompaction(64L * 1024 * 1024);

        assertThat(compaction.worthIt(new DatabaseCompaction.FileUse(3_700_000_000L, 15))).isTrue();
        assertThat(compaction.worthIt(new DatabaseCompaction.FileUse(3_700_000_000L, 57))).isFalse();
        assertThat(compaction.worthIt(new DatabaseCompaction.FileUse(10_000_000L, 15))).isFalse();
    }

    private RunSettings settings() {
        return new RunSettings(null, List.of(folder.resolve("postings")), folder.resolve("profile.yaml"),
                folder.resolve("templates"), folder.resolve("out"), folder.resolve("data/tailor"), Set.of("md"),
                false, 10);
    }

    private static SingleConnectionDataSource database(RunSettings settings) {
        return new SingleConnectionDataSource(settings.jdbcUrl(), "sa", "", true);
    }

    private static void fill(JdbcClient jdbc) {
        jdbc.sql("CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY, v VARCHAR(100000))").update();
        for (int id = 0; id < ROWS; id++) {
            jdbc.sql("INSERT INTO t (id, v) VALUES (?, ?)").params(id, text(id)).update();
        }
    }

    /** About 20 KB that differs from row to row and round to round, so that H2 cannot share its pages. */
    private static String text(int seed) {
        StringBuilder text = new StringBuilder(20_000);
        long x = seed * 0x9E3779B97F4A7C15L + 1;
        while (text.length() < 20_000) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            text.append(Long.toString(x, 36));
        }
        return text.toString();
    }

    private static Path dbFile(RunSettings settings) {
        return Path.of(settings.db() + ".mv.db");
    }
}
