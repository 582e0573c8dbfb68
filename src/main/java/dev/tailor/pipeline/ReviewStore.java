package dev.tailor.pipeline;

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

    /** Saves what the person typed; the workbook is where they edit, so its values win. */
    void saveAll(Map<String, ReviewEntry> entries) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (ReviewEntry entry : entries.values()) {
            jdbc.sql("MERGE INTO tailor_review (id, status, notes, updated) KEY (id) VALUES (?, ?, ?, ?)")
                    .params(entry.id(), entry.status(), entry.notes(), now)
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
