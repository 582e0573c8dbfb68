package dev.tailor.pipeline;

import dev.tailor.report.RunRow;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The history of runs in H2: when each ran, what it did, how it ended. */
public class RunStore {
    private final JdbcClient jdbc;

    public RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that run {@code runId} started (or was resumed: the first start time is kept). */
    void started(long runId, LocalDateTime started) {
        int updated = jdbc.sql("UPDATE tailor_run SET outcome = 'RUNNING', ended = NULL WHERE id = ?")
                .param(runId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO tailor_run (id, started, outcome) VALUES (?, ?, 'RUNNING')")
                    .params(runId, Timestamp.valueOf(started)).update();
        }
    }

    /** Records the counts and outcome of run {@code runId}. */
    void finished(long runId, LocalDateTime ended, RunCounts counts, String outcome) {
        jdbc.sql("""
                UPDATE tailor_run SET ended = ?, read_count = ?, processed = ?, unchanged = ?, skipped = ?,
                    failed = ?, outcome = ? WHERE id = ?""")
                .params(Timestamp.valueOf(ended), counts.read(), counts.processed(), counts.unchanged(),
                        counts.skipped(), counts.failed(), outcome, runId)
                .update();
    }

    /** How many executions job instance {@code instanceId} has had: more than one means it was restarted. */
    int executionsOf(long instanceId) {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?")
                .param(instanceId).query(Integer.class).single();
    }

    /**
     * The run before {@code runId}, if it went through all its postings in one attempt and completed: its duplicate
     * check saw every posting it read, so what it decided holds for those that did not change since.
     */
    OptionalLong completedInOneAttemptBefore(long runId) {
        return jdbc.sql("""
                SELECT r.id, r.outcome, (SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e WHERE e.JOB_INSTANCE_ID = r.id)
                FROM tailor_run r WHERE r.id < ? ORDER BY r.id DESC LIMIT 1""")
                .param(runId)
                .query((rs, n) -> "COMPLETED".equals(rs.getString(2)) && rs.getInt(3) == 1
                        ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty())
                .optional()
                .orElse(OptionalLong.empty());
    }

    /**
     * Records that run {@code runId} wrote a workbook whose bytes hash to {@code sha256}, made from what
     * {@code basis} sums up besides the postings and runs.
     */
    void wroteWorkbook(long runId, String sha256, String basis) {
        jdbc.sql("UPDATE tailor_run SET workbook_sha256 = ?, workbook_basis = ? WHERE id = ?")
                .params(sha256, basis, runId).update();
    }

    /**
     * The last workbook a run wrote.
     *
     * @param runId  the run that wrote it
     * @param sha256 the hash of its bytes
     * @param basis  what it was made from besides the postings and runs; null when written by an earlier version
     */
    record WorkbookWritten(long runId, String sha256, String basis) {
    }

    /** The last workbook a run wrote, if any run recorded one. */
    Optional<WorkbookWritten> lastWorkbookWritten() {
        return jdbc.sql("""
                SELECT id, workbook_sha256, workbook_basis FROM tailor_run WHERE workbook_sha256 IS NOT NULL
                ORDER BY id DESC LIMIT 1""")
                .query((rs, n) -> new WorkbookWritten(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /**
     * What run {@code runId} knows postings.jsonl to hold when its report step commits: {@code stamp} is the
     * {@link JsonlStamp} of the file it wrote or found already right.
     */
    void wroteJsonl(long runId, String stamp) {
        jdbc.sql("UPDATE tailor_run SET jsonl_written = ? WHERE id = ?").params(stamp, runId).update();
    }

    /**
     * The last postings.jsonl a run recorded.
     *
     * @param runId the run whose report step recorded it
     * @param stamp its {@link JsonlStamp}
     */
    record JsonlWritten(long runId, String stamp) {
    }

    /** The postings.jsonl the last run to record one wrote, if any did. */
    Optional<JsonlWritten> lastJsonlWritten() {
        return jdbc.sql("""
                SELECT id, jsonl_written FROM tailor_run WHERE jsonl_written IS NOT NULL
                ORDER BY id DESC LIMIT 1""")
                .query((rs, n) -> new JsonlWritten(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /** Every run, newest first. */
    List<RunRow> all() {
        return jdbc.sql("""
                SELECT id, started, ended, read_count, processed, unchanged, skipped, failed, outcome
                FROM tailor_run ORDER BY started DESC, id DESC""")
                .query((rs, n) -> new RunRow(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toLocalDateTime(), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9)))
                .list();
    }
}
