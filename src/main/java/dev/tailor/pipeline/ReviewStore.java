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
    /** The widths of tailor_review's id and status columns. */
    static final int MAX_ID_CHARS = 32;
    static final int MAX_STATUS_CHARS = 64;

    private final JdbcClient jdbc;
    private final Clock clock;

    public ReviewStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Saves what the workbook says; it is where the person edits, so its values win, empty ones included (a
     * cleared Status stays cleared). Postings missing from it keep their saved review. Only changed rows are
     * written, and none for a posting still as new ("to review", no notes), so a large workbook read back
     * unchanged costs no writes.
     */
    void saveAll(ReviewEdits edits) {
        Map<String, ReviewEntry> earlier = all();
        LocalDateTime now = LocalDateTime.now(clock);
        for (ReviewEntry edited : edits.entries().values()) {
            if (edited.id().length() > MAX_ID_CHARS) {
                // no posting id is that long: a row the person added (a total, a heading), not a review to keep
                continue;
            }
            ReviewEntry before = earlier.get(edited.id());
            ReviewEntry kept = edits.over(edited, before);
            if (kept.equals(before) || before == null && untouched(kept)) {
                // nothing new; and no row is what a posting the person has not reviewed yet already means, so
                // the first read-back of a large workbook does not write a row per posting in one transaction
                continue;
            }
            jdbc.sql("MERGE INTO tailor_review (id, status, notes, updated) KEY (id) VALUES (?, ?, ?, ?)")
                    .params(kept.id(), cut(kept.status()), kept.notes(), now)
                    .update();
        }
    }

    /** Whether the review is what a new posting gets: the default status and no notes. */
    private static boolean untouched(ReviewEntry review) {
        return ReviewEntry.DEFAULT_STATUS.equals(review.status()) && review.notes() == null;
    }

    /** A status is a word or two; a longer one typed into the cell is kept up to the column's width. */
    private static String cut(String status) {
        return status == null || status.length() <= MAX_STATUS_CHARS ? status : status.substring(0, MAX_STATUS_CHARS);
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
