package dev.tailor.report;

import static dev.tailor.report.WorkbookFiles.cell;
import static dev.tailor.report.WorkbookFiles.rowOf;
import static dev.tailor.report.WorkbookFiles.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The person's review survives the nightly rebuild: tailor writes the workbook, the person edits, sorts, adds a
 * column and deletes a row, tailor reads it back and writes the next workbook with the edits in place.
 */
class ReviewRoundTripTest {

    private static final String ACME = "1a1a1a1a1a1a";
    private static final String GLOBEX = "2b2b2b2b2b2b";
    private static final String INITECH = "3c3c3c3c3c3c";
    private static final String UMBRELLA = "4d4d4d4d4d4d";
    private static final List<PostingRecord> POSTINGS = List.of(Postings.done(ACME), Postings.done(GLOBEX),
            Postings.done(INITECH), Postings.done(UMBRELLA));

    @TempDir
    Path dir;

    private Path xlsx;

    @BeforeEach
    void writeAndLetThePersonEdit() throws Exception {
        xlsx = new ReviewWorkbookWriter().write(dir.resolve("summary.xlsx"), POSTINGS, Map.of(), List.of());
        try (XSSFWorkbook workbook = WorkbookFiles.open(xlsx)) {
            Sheet sheet = workbook.getSheet("Postings");
            review(sheet, ACME, "approved", "strong match, mention the Kafka work");
            review(sheet, GLOBEX, null, "ask about on-call");
            review(sheet, INITECH, "rejected", null);
            sheet.removeRow(sheet.getRow(rowOf(sheet, UMBRELLA)));
            insertColumn(sheet, 2, "My rank");
            sortRowsByIdDescending(sheet);
            WorkbookFiles.save(workbook, xlsx);
        }
    }

    @Test
    void readsTheEditsBackById() throws Exception {
        Map<String, ReviewEntry> reviews = new ReviewWorkbookReader().read(xlsx).entries();

        assertThat(reviews).containsOnly(
                Map.entry(ACME, new ReviewEntry(ACME, "approved", "strong match, mention the Kafka work")),
                Map.entry(GLOBEX, new ReviewEntry(GLOBEX, "to review", "ask about on-call")),
                Map.entry(INITECH, new ReviewEntry(INITECH, "rejected", null)));
    }

    @Test
    void writesTheEditsIntoTheNextWorkbook() throws Exception {
        Map<String, ReviewEntry> reviews = new ReviewWorkbookReader().read(xlsx).entries();

        Path next = new ReviewWorkbookWriter().write(xlsx, POSTINGS, reviews, List.of());

        try (XSSFWorkbook workbook = WorkbookFiles.open(next)) {
            Sheet sheet = workbook.getSheet("Postings");
            assertThat(WorkbookFiles.headers(sheet)).doesNotContain("My rank");
            assertThat(statusAndNotes(sheet, ACME)).containsExactly("approved", "strong match, mention the Kafka work");
            assertThat(statusAndNotes(sheet, GLOBEX)).containsExactly("to review", "ask about on-call");
            assertThat(statusAndNotes(sheet, INITECH)).containsExactly("rejected", "");
            assertThat(statusAndNotes(sheet, UMBRELLA)).containsExactly("to review", "");
        }
    }

    @Test
    void keepsThePersonsEditedWorkbookAsBak() throws Exception {
        Map<String, ReviewEntry> reviews = new ReviewWorkbookReader().read(xlsx).entries();

        new ReviewWorkbookWriter().write(xlsx, POSTINGS, reviews, List.of());

        try (XSSFWorkbook bak = WorkbookFiles.open(dir.resolve("summary.xlsx.bak"))) {
            assertThat(WorkbookFiles.headers(bak.getSheet("Postings"))).contains("My rank");
        }
    }

    private static void review(Sheet sheet, String id, String status, String notes) {
        Row row = sheet.getRow(rowOf(sheet, id));
        if (status != null) {
            cellAt(row, WorkbookFiles.headers(sheet).indexOf("Status")).setCellValue(status);
        }
        if (notes != null) {
            cellAt(row, WorkbookFiles.headers(sheet).indexOf("Notes")).setCellValue(notes);
        }
    }

    private static void insertColumn(Sheet sheet, int col, String header) {
        sheet.shiftColumns(col, WorkbookFiles.headers(sheet).size() - 1, 1);
        sheet.getRow(0).createCell(col).setCellValue(header);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null) {
                sheet.getRow(r).createCell(col).setCellValue(r);
            }
        }
    }

    /** Sorts as a spreadsheet does: the row values move, as text, and the emptied row stays at the end. */
    private static void sortRowsByIdDescending(Sheet sheet) {
        int idCol = WorkbookFiles.headers(sheet).indexOf("ID");
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    values.add(shown(row.getCell(c)));
                }
                rows.add(values);
                sheet.removeRow(row);
            }
        }
        rows.sort(Collections.reverseOrder((a, b) -> a.get(idCol).compareTo(b.get(idCol))));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
    }

    /**
     * A fresh cell, as a spreadsheet program saves an edited one. Not the existing cell: POI's XSSF, overwriting an
     * inline-string cell, adds the new value but keeps the old inline text, which then wins on reading.
     */
    private static Cell cellAt(Row row, int col) {
        Cell old = row.getCell(col);
        if (old != null) {
            row.removeCell(old);
        }
        return row.createCell(col);
    }

    private static List<String> statusAndNotes(Sheet sheet, String id) {
        int row = rowOf(sheet, id);
        return List.of(shown(cell(sheet, row, "Status")), shown(cell(sheet, row, "Notes")));
    }
}
