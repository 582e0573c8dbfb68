package dev.tailor.cli;

import dev.tailor.pipeline.RunLock;
import dev.tailor.pipeline.RunSettings;
import dev.tailor.status.RunHistory;
import dev.tailor.status.StatusReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;

/**
 * {@code tailor status [JOB.yaml] [--db PATH]}: the last runs and what the last one changed, read from the database
 * with plain JDBC; no Spring, no job.
 *
 * <p>An embedded H2 file can be opened by one process at a time, so status first takes the run lock like a run does.
 * When a run holds it, status says so and exits 0 without touching the database (a running night is never
 * disturbed). Otherwise it holds the lock only for the fraction of a second the reading takes; a run starting in
 * that instant exits 3 as for any other held lock.
 */
final class StatusCommand {
    private static final Set<String> OPTIONS = Set.of("db");
    private static final String USER = "sa";

    private final PrintStream out;

    StatusCommand(PrintStream out) {
        this.out = out;
    }

    int execute(Arguments arguments) throws UsageException {
        for (String option : arguments.options().keySet()) {
            if (!OPTIONS.contains(option)) {
                throw new UsageException("status takes only a job file and --db PATH, not --" + option);
            }
        }
        if (!arguments.switches().isEmpty()) {
            throw new UsageException("status takes only a job file and --db PATH, not --"
                    + arguments.switches().iterator().next());
        }
        JobFile job = JobSettings.jobFile(arguments);
        String given = arguments.option("db") != null ? arguments.option("db")
                : job.db() != null ? job.db() : RunSettingsResolver.DEFAULT_DB;
        Path db = Path.of(given);
        if (!Files.exists(db.resolveSibling(db.getFileName() + ".mv.db"))) {
            out.println("tailor status: database " + db);
            out.println();
            out.println("No runs yet: " + db + ".mv.db does not exist (it is created by the first run).");
            return ExitCode.DONE;
        }
        try (RunLock lock = RunLock.tryAcquire(db)) {
            if (lock == null) {
                out.println("tailor status: database " + db);
                out.println();
                out.println("A run is in progress (it holds " + RunLock.lockFile(db) + "). The history can be read when"
                        + " it ends; meanwhile its log and, when done, last-run.json are in the output folder.");
                return ExitCode.DONE;
            }
            return print(db);
        } catch (IOException e) {
            throw new UsageException("cannot use the database folder of " + db + ": " + e.getMessage(), e);
        }
    }

    private int print(Path db) throws UsageException {
        // IFEXISTS: a mistyped path must not create an empty database.
        try (Connection connection = DriverManager.getConnection(RunSettings.jdbcUrl(db) + ";IFEXISTS=TRUE", USER, "")) {
            connection.setReadOnly(true);
            RunHistory history = new RunHistory(connection);
            var runs = history.lastRuns(StatusReport.RUNS_SHOWN);
            var changes = runs.isEmpty() ? java.util.List.<dev.tailor.status.PostingChange>of()
                    : history.changesOf(runs.get(0).runId());
            new StatusReport(out).print(db.toString(), runs, changes);
            return ExitCode.DONE;
        } catch (SQLException e) {
            throw new UsageException("cannot read the run history in " + db + ": " + e.getMessage(), e);
        }
    }
}
