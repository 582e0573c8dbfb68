package dev.tailor.pipeline;

import dev.tailor.posting.DuplicateKey;
import dev.tailor.report.PostingRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The posting history in H2: one row per posting ever seen, with the record exported to
 * postings.jsonl and the workbook. Writes join the chunk's transaction.
 */
public class PostingStore {
    /** How many records {@link #streamRecords()} reads in one query: a few MB of JSON. */
    static final int RECORD_BATCH = 500;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StoredRecordReader records;
    private final int recordBatch;

    public PostingStore(JdbcClient jdbc, JsonMapper json) {
        this(jdbc, json, RECORD_BATCH);
    }

    /** A store whose {@link #streamRecords()} reads {@code recordBatch} records per query. */
    PostingStore(JdbcClient jdbc, JsonMapper json, int recordBatch) {
        if (recordBatch < 1) {
            throw new IllegalArgumentException("recordBatch must be at least 1, was " + recordBatch);
        }
        this.jdbc = jdbc;
        this.json = json;
        this.records = new StoredRecordReader(json);
        this.recordBatch = recordBatch;
    }

    private static final String STORED_COLUMNS = """
            SELECT id, status, content_hash, fingerprint, letter_stem, first_seen, source, key_kept, key_url,
                key_signature, expired, last_run, file_stamp
            FROM tailor_posting""";

    Optional<StoredPosting> find(String id) {
        return jdbc.sql(STORED_COLUMNS + " WHERE id = ?")
                .param(id)
                .query((rs, n) -> stored(rs))
                .optional();
    }

    /**
     * The rows of the postings {@code ids} that have one, by id: one query for a chunk's files, where one query a
     * file was a sixth of an unchanged re-run's postings step.
     */
    Map<String, StoredPosting> findAll(Collection<String> ids) {
        Map<String, StoredPosting> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        jdbc.sql(STORED_COLUMNS + " WHERE id IN (:ids)")
                .param("ids", List.copyOf(ids))
                .query(rs -> {
                    StoredPosting stored = stored(rs);
                    byId.put(stored.id(), stored);
                });
        return byId;
    }

    private static StoredPosting stored(ResultSet rs) throws SQLException {
        return new StoredPosting(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                rs.getBoolean(8) ? new DuplicateKey(rs.getString(1), rs.getString(7), rs.getString(9),
                        DuplicateKey.signatureOf(rs.getBytes(10))) : null,
                rs.getBoolean(11), rs.getLong(12), rs.getString(13));
    }

    /**
     * Keeps what the duplicate check needs of a posting just read, and whether it said it expired, so that the next
     * run need not parse it again while it stays unchanged; and the file's stamp, so that it need not even read it
     * while the stamp stays the same (null: read it).
     */
    void keepReading(DuplicateKey key, boolean expired, @Nullable String fileStamp) {
        jdbc.sql("""
                UPDATE tailor_posting SET key_kept = TRUE, key_url = ?, key_signature = ?, expired = ?, file_stamp = ?
                WHERE id = ?""")
                .params(key.url(), key.signatureBytes(), expired, fileStamp, key.id())
                .update();
    }

    /**
     * Inserts or replaces the posting's row after it was read in run {@code runId}. What the duplicate check needs
     * and the file's stamp are forgotten until {@link #keepReading} keeps them anew.
     */
    void save(PostingRecord record, String contentHash, String fingerprint, String letterStem, String formats,
            long runId, String outcome) {
        save(record, contentHash, fingerprint, letterStem, formats, runId, outcome, null, false, null);
    }

    /**
     * As {@link #save(PostingRecord, String, String, String, String, long, String)}, keeping at once what
     * {@link #keepReading} keeps when {@code key} is not null: one statement where a posting just read took three
     * (save, closing run, reading), on the step's one thread that writes every row of a run.
     */
    void save(PostingRecord record, String contentHash, String fingerprint, String letterStem, String formats,
            long runId, String outcome, @Nullable DuplicateKey key, boolean expired, @Nullable String fileStamp) {
        String text = json.writeValueAsString(record);
        // A posting skipped again for the same reason is saved again every run: it changes postings.jsonl only when
        // the report shows something else of it.
        Earlier earlier = jdbc.sql("""
                SELECT changed_run, record, state, first_seen, last_seen, status, source, closed_run
                FROM tailor_posting WHERE id = ?""")
                .param(record.id())
                .query((rs, n) -> new Earlier(text.equals(rs.getString(2))
                        && Objects.equals(record.state(), rs.getString(3))
                        && Objects.equals(record.firstSeen(), rs.getObject(4, LocalDate.class))
                        && Objects.equals(record.lastSeen(), rs.getObject(5, LocalDate.class))
                        && Objects.equals(record.status(), rs.getString(6))
                        && Objects.equals(record.source(), rs.getString(7)) ? rs.getLong(1) : runId,
                        rs.getObject(8, Long.class)))
                .optional()
                .orElse(new Earlier(runId, null));
        // The run that first found the posting closed (so `tailor status` lists it once), cleared if it reopens.
        Long closedRun = "closed".equals(record.state())
                ? (earlier.closedRun() != null ? earlier.closedRun() : Long.valueOf(runId)) : null;
        if (key == null) {
            jdbc.sql("""
                    MERGE INTO tailor_posting (id, source, status, content_hash, fingerprint, letter_stem, formats,
                        state, first_seen, last_seen, last_run, last_outcome, record, key_kept, file_stamp, changed_run,
                        closed_run)
                    KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, NULL, ?, ?)""")
                    .params(record.id(), record.source(), record.status(), contentHash, fingerprint, letterStem,
                            formats, record.state(), record.firstSeen(), record.lastSeen(), runId, outcome, text,
                            earlier.changedRun(), closedRun)
                    .update();
            return;
        }
        jdbc.sql("""
                MERGE INTO tailor_posting (id, source, status, content_hash, fingerprint, letter_stem, formats,
                    state, first_seen, last_seen, last_run, last_outcome, record, key_kept, key_url, key_signature,
                    expired, file_stamp, changed_run, closed_run)
                KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?)""")
                .params(record.id(), record.source(), record.status(), contentHash, fingerprint, letterStem, formats,
                        record.state(), record.firstSeen(), record.lastSeen(), runId, outcome, text, key.url(),
                        key.signatureBytes(), expired, fileStamp, earlier.changedRun(), closedRun)
                .update();
    }

    /** What {@link #save} needs of a posting's row before it is replaced. */
    private record Earlier(long changedRun, @Nullable Long closedRun) {
    }

    /**
     * Records that an unchanged posting was seen again in run {@code runId}; its letter stays as it is. Its state
     * is "unchanged", or "closed" when the posting says it expired; {@code fileStamp} is the file's stamp as this
     * run found it, or null when it is not to be trusted next time.
     */
    void markUnchanged(String id, LocalDate today, long runId, String state, @Nullable String fileStamp) {
        // one statement, closed_run as save keeps it: most postings of a nightly run come this way;
        // changed_run only when what the report shows of it changes (the right-hand sides see the row as it was)
        jdbc.sql("""
                UPDATE tailor_posting SET state = ?, last_seen = ?, last_run = ?, last_outcome = 'unchanged',
                    file_stamp = ?, closed_run = CASE WHEN ? = 'closed' THEN COALESCE(closed_run, ?) ELSE NULL END,
                    changed_run = CASE WHEN state = ? AND last_seen = ? THEN changed_run ELSE ? END
                WHERE id = ?""")
                .params(state, today, runId, fileStamp, state, runId, state, today, runId, id)
                .update();
    }

    /** An unchanged posting seen again, as {@link #markAllUnchanged} records it. */
    record Unchanged(String id, String state, @Nullable String fileStamp) {
    }

    /**
     * {@link #markUnchanged} for many postings in one statement: what most of a nightly run's chunks are made of.
     * A small gain: the postings step of an unchanged re-run of 10,000 took 1.73-1.97 s against 1.92-2.14 s with one
     * statement a posting (3 alternated pairs); most of the cost is H2 rewriting the rows, not the statements.
     */
    void markAllUnchanged(List<Unchanged> postings, LocalDate today, long runId) {
        if (postings.isEmpty()) {
            return;
        }
        if (postings.size() == 1) {
            Unchanged one = postings.get(0);
            markUnchanged(one.id(), today, runId, one.state(), one.fileStamp());
            return;
        }
        StringBuilder sql = new StringBuilder("MERGE INTO tailor_posting t USING (VALUES ")
                .append("(CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(512)))");
        List<Object> params = new ArrayList<>(postings.size() * 3 + 4);
        for (int i = 0; i < postings.size(); i++) {
            if (i > 0) {
                sql.append(", (?, ?, ?)");
            }
            Unchanged posting = postings.get(i);
            params.add(posting.id());
            params.add(posting.state());
            params.add(posting.fileStamp());
        }
        // as markUnchanged, row by row: the right-hand sides see each row as it was
        sql.append("""
                ) AS s(id, state, stamp) ON t.id = s.id
                WHEN MATCHED THEN UPDATE SET state = s.state, last_seen = ?, last_run = ?, last_outcome = 'unchanged',
                    file_stamp = s.stamp,
                    closed_run = CASE WHEN s.state = 'closed' THEN COALESCE(t.closed_run, ?) ELSE NULL END,
                    changed_run = CASE WHEN t.state = s.state AND t.last_seen = ? THEN t.changed_run ELSE ? END""");
        params.addAll(List.of(today, runId, runId, today, runId));
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** Adds a duplicate's source to the sources of the posting it duplicates (once), in run {@code runId}. */
    void addSource(String id, String source, long runId) {
        jdbc.sql("SELECT record FROM tailor_posting WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, PostingRecord.class))
                .filter(record -> !record.sources().contains(source))
                .ifPresent(record -> jdbc.sql("UPDATE tailor_posting SET record = ?, changed_run = ? WHERE id = ?")
                        .params(json.writeValueAsString(record.withSource(source)), runId, id)
                        .update());
    }

    /**
     * Marks every posting not read in run {@code runId} as closed (its file is gone), remembering which run closed
     * it so that {@code tailor status} can list what the last run closed.
     */
    int closeUnseen(long runId) {
        // "last_run <> ?" as two ranges of the last_run index: one condition would read every row, when a nightly
        // run has read them all and there is none to close
        int closed = 0;
        for (String unseen : List.of("last_run < ?", "last_run > ?")) {
            closed += jdbc.sql("UPDATE tailor_posting SET state = 'closed', closed_run = ?, changed_run = ?"
                            + " WHERE " + unseen + " AND state <> 'closed'")
                    .params(runId, runId, runId)
                    .update();
        }
        return closed;
    }

    /**
     * Whether any posting changed what the report shows of it after run {@code runId}: a posting saved, seen on
     * another day or in another state, closed, or given another source.
     */
    boolean changedAfter(long runId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM tailor_posting WHERE changed_run > ?)")
                .param(runId)
                .query(Boolean.class)
                .single();
    }

    /**
     * How many postings a run found new, changed and closed.
     *
     * @param added   first seen in the run
     * @param changed read before, with different content
     * @param closed  closed by the run (file gone)
     */
    record Changes(int added, int changed, int closed) {
    }

    /** What run {@code runId} found new, changed and closed. */
    Changes changesOf(long runId) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN last_run = ? AND state = 'new' THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN last_run = ? AND state = 'changed' THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN closed_run = ? AND state = 'closed' THEN 1 ELSE 0 END), 0)
                FROM tailor_posting""")
                .params(runId, runId, runId)
                .query((rs, n) -> new Changes(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
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

    /**
     * Every posting's record, newest first (by first seen, then status and source), with its lifecycle columns
     * applied, read from the database {@value #RECORD_BATCH} at a time as the stream is consumed, so that 100,000
     * postings need not fit in memory at once.
     *
     * <p>Only the ids are sorted in one query; the records follow by id, a batch at a time. Sorting the records
     * themselves made H2 hold the whole sorted result in the heap: it keeps up to 40,000 rows per GB of maximum heap
     * in memory before it spills to disk, so with the default heap (a quarter of the machine's memory) 50,000
     * records of about 5 KB were all held, twice per run, and the heap grew by hundreds of MB for them.
     */
    Stream<PostingRecord> streamRecords() {
        List<String> ids = jdbc.sql("SELECT id FROM tailor_posting ORDER BY first_seen DESC, status, source")
                .query(String.class)
                .list();
        int batches = (ids.size() + recordBatch - 1) / recordBatch;
        return IntStream.range(0, batches)
                .mapToObj(batch -> ids.subList(batch * recordBatch, Math.min(ids.size(), (batch + 1) * recordBatch)))
                .flatMap(batch -> recordsOf(batch).stream());
    }

    /** The records of the postings {@code ids}, in that order. */
    private List<PostingRecord> recordsOf(List<String> ids) {
        Map<String, PostingRecord> byId = new HashMap<>();
        jdbc.sql("SELECT id, record, state, first_seen, last_seen FROM tailor_posting WHERE id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    byId.put(rs.getString(1), records.read(rs.getString(2))
                            .withState(rs.getString(3), rs.getObject(4, LocalDate.class),
                                    rs.getObject(5, LocalDate.class)));
                });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
