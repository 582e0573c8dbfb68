package dev.tailor.report;

import java.util.List;
import java.util.Objects;

/**
 * The person's own columns of one workbook row: what they decided about a posting and what they noted.
 * These are the only cells of {@code summary.xlsx} that tailor reads back; everything else is rebuilt each run.
 *
 * @param id     the posting id (the workbook's {@code ID} column)
 * @param status the review status, usually one of {@link #STATUSES}, or null when the cell is empty
 * @param notes  free text, or null when the cell is empty
 */
public record ReviewEntry(String id, String status, String notes) {

    /** The choices offered by the Status drop-down, in workflow order. */
    public static final List<String> STATUSES = List.of("to review", "approved", "sent", "interview", "rejected",
            "skip");

    /** The status a posting gets the first time it appears in the workbook. */
    public static final String DEFAULT_STATUS = STATUSES.get(0);

    public ReviewEntry {
        Objects.requireNonNull(id, "id");
    }
}
