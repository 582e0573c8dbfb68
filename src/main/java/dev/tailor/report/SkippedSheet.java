package dev.tailor.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The Skipped sheet: every posting file that produced no letter, and why, so nothing silently disappears. */
final class SkippedSheet {

    static final String NAME = "Skipped";
    private static final List<String> HEADERS = List.of("File", "Status", "Reason");
    private static final int[] WIDTHS = {60, 10, 80};

    private final Sheet sheet;
    private final CellWriter cells;
    private int lastRow;

    SkippedSheet(Workbook workbook, CellWriter cells) {
        this.cells = cells;
        this.sheet = workbook.createSheet(NAME);
        SheetLayout.columns(sheet, WIDTHS);
        cells.header(sheet.createRow(0), HEADERS);
    }

    void add(PostingRecord p) {
        Row row = sheet.createRow(++lastRow);
        cells.text(row, 0, p.source(), true);
        cells.text(row, 1, p.status(), false);
        cells.text(row, 2, p.reason(), true);
        SheetLayout.fitHeight(row);
    }

    void finish() {
        SheetLayout.finish(sheet, lastRow, HEADERS.size() - 1);
    }
}
