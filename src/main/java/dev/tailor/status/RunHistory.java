package dev.tailor.status;

import dev.tailor.report.RunRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the run history ({@code tailor_run}) and the posting lifecycle ({@code tailor_posting}) that the
 * pipeline keeps, over a plain JDBC connection: reading only, nothing created or changed.
 */
public final class RunHistory {
    private final Connection connection;
    private final JsonMapper json = JsonMapper.builder().build();

    public RunHistory(Connection connection) {
        this.connection = connection;
    }

    /** The last {@code limit} runs, newest first. */
    public List<RunRow> lastRuns(int limit) throws SQLException {
        List<RunRow> runs = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT id, started, ended, read_count, processed, unchanged, skipped, failed, outcome
                FROM tailor_run ORDER BY started DESC, id DESC FETCH FIRST ? ROWS ONLY""")) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Timestamp ended = rs.getTimestamp(3);
                    runs.add(new RunRow(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(),
                            ended == null ? null : ended.toLocalDateTime(), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                            rs.getInt(7), rs.getInt(8), rs.getString(9)));
                }
            }
        }
        return runs;
    }

    /**
     * What run {@code runId} found new or changed (postings it read whose state says so) and what it closed,
     * ordered by state, company and title.
     */
    public List<PostingChange> changesOf(long runId) throws SQLException {
        List<PostingChange> changes = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT state, record, source, first_seen, last_seen FROM tailor_posting
                WHERE (last_run = ? AND state IN ('new', 'changed')) OR (closed_run = ? AND state = 'closed')""")) {
            s.setLong(1, runId);
            s.setLong(2, runId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    JsonNode record = json.readTree(rs.getString(2));
                    changes.add(new PostingChange(rs.getString(1), text(record, "company"), text(record, "title"), rs.getString(3), rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class)));
                }
            }
        }
        changes.sort(StatusReport.CHANGE_ORDER);
        return changes;
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
