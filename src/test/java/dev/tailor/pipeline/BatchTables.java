package dev.tailor.pipeline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the job repository of a finished run straight from its H2 file, as an operator would. */
final class BatchTables {
    private BatchTables() {
    }

    /**
     * One postings-step execution.
     *
     * @param jobStatus the job execution's status
     * @param status    the step's status
     */
    record StepCounts(String jobStatus, String status, long read, long write, long skip, long filter) {
    }

    /** The postings step of every job execution, oldest first. */
    static List<StepCounts> postingSteps(Path db) throws SQLException {
        List<StepCounts> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath(), "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT j.STATUS, st.STATUS, st.READ_COUNT, st.WRITE_COUNT, st.PROCESS_SKIP_COUNT
                               + st.READ_SKIP_COUNT + st.WRITE_SKIP_COUNT, st.FILTER_COUNT
                        FROM BATCH_STEP_EXECUTION st JOIN BATCH_JOB_EXECUTION j
                          ON st.JOB_EXECUTION_ID = j.JOB_EXECUTION_ID
                        WHERE st.STEP_NAME = 'postings' ORDER BY st.STEP_EXECUTION_ID""")) {
            while (rs.next()) {
                out.add(new StepCounts(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)));
            }
        }
        return out;
    }

    /** How many rows the posting history holds for an id (a duplicate would show as 2). */
    static long count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath(), "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
