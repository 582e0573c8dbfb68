package dev.tailor.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The Runs sheet: one row per run, with its times and counts, so a person can see what each night did. */
final class RunsSheet {

    static final String NAME = "Runs";
    private static final List<String> HEADERS = List.of("Run", "Started", "Ended", "Seconds", "Read", "Processed",
            "Unchanged", "Skipped", "Failed", "Outcome");
    private static final int[] WIDTHS = {8, 20, 20, 10, 8, 12, 12, 10, 8, 14};

    private RunsSheet() {
    }

    static void write(Workbook workbook, CellWriter cells, List<RunRow> runs) {
        Sheet sheet = workbook.createSheet(NAME);
        SheetLayout.columns(sheet, WIDTHS);
        cells.header(sheet.createRow(0), HEADERS);
        int lastRow = 0;
        for (RunRow run : runs) {
            Row row = sheet.createRow(++lastRow);
            int col = 0;
            cells.number(row, col++, run.runId());
            cells.dateTime(row, col++, run.started());
            cells.dateTime(row, col++, run.ended());
            cells.number(row, col++, run.durationSeconds().isPresent() ? run.durationSeconds().getAsLong() : null);
            cells.number(row, col++, run.read());
            cells.number(row, col++, run.processed());
            cells.number(row, col++, run.unchanged());
            cells.number(row, col++, run.skipped());
            cells.number(row, col++, run.failed());
            cells.text(row, col, run.outcome(), false);
        }
        SheetLayout.finish(sheet, lastRow, HEADERS.size() - 1);
    }
}
