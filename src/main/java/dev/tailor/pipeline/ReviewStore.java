package dev.tailor.pipeline;

import dev.tailor.report.ReviewEdits;
import dev.tailor.report.ReviewEntry;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The person's review columns (Status, Notes) kept in H2 too, so that a deleted or broken workbook
 * loses nothing.
 */
public class ReviewStore {
    private final JdbcClient jdbc;
    private final Clock clock;

    public ReviewStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Saves what the workbook says; it is where the person edits, so its values win, empty ones included (a
     * cleared Status stays cleared). Postings missing from it keep their saved review. Only changed rows are
     * written, so a large workbook read back unchanged costs no writes.
     */
    void saveAll(ReviewEdits edits) {
        Map<String, ReviewEntry> earlier = all();
        LocalDateTime now = LocalDateTime.now(clock);
        for (ReviewEntry edited : edits.entries().values()) {
            ReviewEntry before = earlier.get(edited.id());
            ReviewEntry kept = edits.over(edited, before);
            if (kept.equals(before)) {
                continue;
            }
            jdbc.sql("MERGE INTO tailor_review (id, status, notes, updated) KEY (id) VALUES (?, ?, ?, ?)")
                    .params(kept.id(), kept.status(), kept.notes(), now)
                    .update();
        }
    }

    Map<String, ReviewEntry> all() {
        Map<String, ReviewEntry> out = new LinkedHashMap<>();
        jdbc.sql("SELECT id, status, notes FROM tailor_review ORDER BY id")
                .query(rs -> {
                    out.put(rs.getString(1), new ReviewEntry(rs.getString(1), rs.getString(2), rs.getString(3)));
                });
        return out;
    }
}
