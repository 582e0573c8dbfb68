package dev.tailor.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives the disk back when the H2 file has become mostly free space. H2 writes every change to new space and
 * reuses the old only once it is no longer needed, and on closing it compacts only briefly (50 ms,
 * {@link RunSettings#jdbcUrl(Path)}). A run that
 * rewrites every posting of a large history (after a new profile or template, every letter is written again) left
 * the file mostly free space: 3.5-3.7 GB with 14% of it in use after such a run over 50,000 postings, on a file of
 * 761 MB before it. H2 would reuse that space in later runs, but it stays taken.
 *
 * <p>At the end of a completed run the file's use is read; when under {@value #MIN_LIVE_PERCENT}% of a file over
 * {@value #MIN_FILE_MB} MB holds live data, the database is reopened after the run and compacted whole
 * ({@code SHUTDOWN COMPACT}): 3.5 GB to 328 MB in 5.3-6.5 s after runs over 50,000 postings (the run's peak
 * memory did not grow: 982 MB before it, 987 MB with it). Files in use stay well above the bound (57-72% live after
 * full runs and re-runs of 10,000 and 50,000 postings), so an ordinary run pays only the reading, a query of about
 * a millisecond.
 */
final class DatabaseCompaction {
    static final int MIN_LIVE_PERCENT = 35;
    static final long MIN_FILE_MB = 64;

    private final long minFileBytes;

    DatabaseCompaction() {
        this(MIN_FILE_MB * 1024 * 1024);
    }

    /** A compaction for files over {@code minFileBytes} (small in tests). */
    DatabaseCompaction(long minFileBytes) {
        this.minFileBytes = minFileBytes;
    }

    /** How big the file is and how much of it holds live data. */
    record FileUse(long bytes, int livePercent) {
    }

    /** The file's use, as H2 reports it: chunks' share of the file times live data's share of the chunks. */
    static FileUse fileUse(JdbcClient jdbc) {
        Map<String, String> info = new HashMap<>();
        jdbc.sql("""
                SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS
                WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')""")
                .query(rs -> {
                    info.put(rs.getString(1), rs.getString(2));
                });
        if (info.size() < 3) {
            // not a file database, or an H2 that reports otherwise: nothing to judge by
            return new FileUse(0, 100);
        }
        return new FileUse(Long.parseLong(info.get("info.FILE_SIZE")),
                Integer.parseInt(info.get("info.FILL_RATE")) * Integer.parseInt(info.get("info.CHUNKS_FILL_RATE"))
                        / 100);
    }

    boolean worthIt(FileUse use) {
        return use.bytes() > minFileBytes && use.livePercent() < MIN_LIVE_PERCENT;
    }

    /**
     * After a completed run, while its context is open: compacts the database whole when {@link #worthIt}, first
     * closing the run's connections ({@code dataSource}) so that H2 closes the file, then reopening it alone.
     * A failure is reported and changes nothing else: the run's work is committed.
     */
    void compactIfWorthIt(JdbcClient jdbc, Object dataSource, RunSettings settings, RunConsole console) {
        FileUse use;
        try {
            use = fileUse(jdbc);
        } catch (RuntimeException e) {
            // only a chance to give disk space back: never a reason to fail a run that completed
            return;
        }
        if (!worthIt(use) || !(dataSource instanceof AutoCloseable connections)) {
            return;
        }
        console.say("compacting the database: %d MB, %d%% of it in use".formatted(use.bytes() / (1024 * 1024),
                use.livePercent()));
        long started = System.nanoTime();
        try {
            connections.close();
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), "sa", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            long bytes = Files.size(Path.of(settings.db() + ".mv.db"));
            console.say("database compacted to %d MB in %.1f s".formatted(bytes / (1024 * 1024),
                    (System.nanoTime() - started) / 1e9));
        } catch (Exception e) {
            console.warn("the database could not be compacted (the run's work is saved): " + e.getMessage());
        }
    }
}
