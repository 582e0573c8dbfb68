package dev.tailor.pipeline;

import dev.tailor.report.PostingRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The posting history in H2: one row per posting ever seen, with the record exported to
 * postings.jsonl and the workbook. Writes join the chunk's transaction.
 */
public class PostingStore {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public PostingStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<StoredPosting> find(String id) {
        return jdbc.sql("""
                SELECT id, status, content_hash, fingerprint, letter_stem, first_seen
                FROM tailor_posting WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new StoredPosting(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class)))
                .optional();
    }

    /** Inserts or replaces the posting's row after it was read in run {@code runId}. */
    void save(PostingRecord record, String contentHash, String fingerprint, String letterStem, String formats,
            long runId, String outcome) {
        jdbc.sql("""
                MERGE INTO tailor_posting (id, source, status, content_hash, fingerprint, letter_stem, formats,
                    state, first_seen, last_seen, last_run, last_outcome, record)
                KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(record.id(), record.source(), record.status(), contentHash, fingerprint, letterStem, formats,
                        record.state(), record.firstSeen(), record.lastSeen(), runId, outcome,
                        json.writeValueAsString(record))
                .update();
    }

    /** Records that an unchanged posting was seen again in run {@code runId}; its letter stays as it is. */
    void markUnchanged(String id, LocalDate today, long runId) {
        jdbc.sql("""
                UPDATE tailor_posting SET state = 'unchanged', last_seen = ?, last_run = ?, last_outcome = 'unchanged'
                WHERE id = ?""")
                .params(today, runId, id)
                .update();
    }

    /** Marks every posting not read in run {@code runId} as closed: its file is gone. */
    int closeUnseen(long runId) {
        return jdbc.sql("UPDATE tailor_posting SET state = 'closed' WHERE last_run <> ? AND state <> 'closed'")
                .param(runId)
                .update();
    }

    /** How many postings had each outcome in the run. */
    RunCounts countsOf(long runId) {
        int[] counts = new int[4];
        jdbc.sql("SELECT last_outcome, COUNT(*) FROM tailor_posting WHERE last_run = ? GROUP BY last_outcome")
                .param(runId)
                .query(rs -> {
                    int n = rs.getInt(2);
                    switch (rs.getString(1)) {
                        case RunCounts.PROCESSED -> counts[0] = n;
                        case RunCounts.UNCHANGED -> counts[1] = n;
                        case RunCounts.SKIPPED -> counts[2] = n;
                        default -> counts[3] += n;
                    }
                });
        return new RunCounts(counts[0], counts[1], counts[2], counts[3]);
    }

    /** Every posting's record, in the order of {@link #streamRecords()}. */
    void forEachRecord(Consumer<PostingRecord> consumer) {
        try (Stream<PostingRecord> records = streamRecords()) {
            records.forEach(consumer);
        }
    }

    /**
     * Every posting's record, newest first (by first seen, then status and source), with its lifecycle columns
     * applied, read from the database as the stream is consumed, so that 100,000 postings need not fit in memory
     * at once. The stream holds a result set open: close it.
     */
    Stream<PostingRecord> streamRecords() {
        return jdbc.sql("""
                SELECT record, state, first_seen, last_seen FROM tailor_posting
                ORDER BY first_seen DESC, status, source""")
                .query((rs, n) -> json.readValue(rs.getString(1), PostingRecord.class)
                        .withState(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .stream();
    }

    /** Every record, newest first. */
    List<PostingRecord> allRecords() {
        List<PostingRecord> all = new java.util.ArrayList<>();
        forEachRecord(all::add);
        return all;
    }
}
