package dev.tailor.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Collects Status and Notes by ID from the Postings sheet while POI streams its cells.
 *
 * <p>Columns are found by their header names, not positions, because the person may have moved, added or deleted
 * columns. The header row is the first row with an {@code ID} cell, so a title row above it does no harm. Row
 * order, gaps and hidden rows do not matter. When an ID appears twice (a copied row), its first row wins.
 *
 * <p>Every row with an ID counts, also one whose Status and Notes are empty: an empty cell is what the person left
 * there (perhaps by clearing it), and it must win over what an earlier workbook said.
 */
final class ReviewSheetHandler implements SheetContentsHandler {

    private static final int NONE = -1;

    private final Map<String, ReviewEntry> entries = new LinkedHashMap<>();
    private boolean headerFound;
    private int idCol = NONE;
    private int statusCol = NONE;
    private int notesCol = NONE;
    private int nextCol;
    private String id;
    private String status;
    private String notes;

    @Override
    public void startRow(int rowNum) {
        nextCol = 0;
        id = null;
        status = null;
        notes = null;
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        // the r attribute is optional in OOXML; without it a cell follows the previous one
        int col = cellReference == null ? nextCol : new CellReference(cellReference).getCol();
        nextCol = col + 1;
        String value = formattedValue == null ? null : formattedValue.strip();
        if (!headerFound) {
            header(col, value);
        } else if (col == idCol) {
            id = value;
        } else if (col == statusCol) {
            status = value;
        } else if (col == notesCol) {
            notes = value;
        }
    }

    @Override
    public void endRow(int rowNum) {
        if (!headerFound) {
            headerFound = idCol != NONE;
            if (!headerFound) {
                statusCol = NONE;
                notesCol = NONE;
            }
            return;
        }
        if (isBlank(id)) {
            return;
        }
        entries.putIfAbsent(id, new ReviewEntry(id, blankToNull(status), blankToNull(notes)));
    }

    private void header(int col, String name) {
        if (name == null) {
            return;
        }
        // the first column of each name counts; any other column is tailor's or the person's own
        if (idCol == NONE && name.equalsIgnoreCase(PostingColumn.ID.header())) {
            idCol = col;
        } else if (statusCol == NONE && name.equalsIgnoreCase(PostingColumn.STATUS.header())) {
            statusCol = col;
        } else if (notesCol == NONE && name.equalsIgnoreCase(PostingColumn.NOTES.header())) {
            notesCol = col;
        }
    }

    /** Whether a header row with an ID column was seen. */
    boolean headerFound() {
        return headerFound;
    }

    /** The Status and Notes of every ID, empty cells as null, in sheet order. */
    Map<String, ReviewEntry> entries() {
        return entries;
    }

    /** Whether the header row has a Status column; without one, the sheet says nothing about any status. */
    boolean hasStatusColumn() {
        return statusCol != NONE;
    }

    /** Whether the header row has a Notes column. */
    boolean hasNotesColumn() {
        return notesCol != NONE;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value;
    }
}
