package dev.tailor.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the person's workbook says about their reviews: the Status and Notes of every posting id in it.
 *
 * <p>The workbook is where the person edits, so its cells win over anything kept from earlier runs, an empty cell
 * included: a Status the person cleared stays cleared. Only what the workbook cannot say is taken from the earlier
 * review: postings whose rows were deleted (they come back with their old values), and a whole Status or Notes
 * column the person deleted (it comes back filled from the earlier values).
 *
 * @param entries      the review of every id found in the workbook, empty cells as null
 * @param statusColumn whether the workbook had a Status column
 * @param notesColumn  whether the workbook had a Notes column
 */
public record ReviewEdits(Map<String, ReviewEntry> entries, boolean statusColumn, boolean notesColumn) {

    /** Nothing to read: there is no workbook yet. */
    public static final ReviewEdits NONE = new ReviewEdits(Map.of(), false, false);

    public ReviewEdits {
        // a copy that keeps the sheet order and allows null values inside the entries
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(entries, "entries")));
    }

    /**
     * The review to keep for a posting in the workbook: its cells, with a missing column's value taken from
     * {@code earlier}, or the default status when there was none.
     */
    public ReviewEntry over(ReviewEntry edited, ReviewEntry earlier) {
        Objects.requireNonNull(edited, "edited");
        String status = statusColumn ? edited.status() : earlier == null ? ReviewEntry.DEFAULT_STATUS : earlier.status();
        String notes = notesColumn ? edited.notes() : earlier == null ? null : earlier.notes();
        return new ReviewEntry(edited.id(), status, notes);
    }

    /**
     * The reviews to keep: {@code earlier} with every posting of this workbook replaced by what the workbook says.
     */
    public Map<String, ReviewEntry> mergedInto(Map<String, ReviewEntry> earlier) {
        Map<String, ReviewEntry> merged = new LinkedHashMap<>(earlier);
        for (ReviewEntry edited : entries.values()) {
            merged.put(edited.id(), over(edited, earlier.get(edited.id())));
        }
        return merged;
    }
}
