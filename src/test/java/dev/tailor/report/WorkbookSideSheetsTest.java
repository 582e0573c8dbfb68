package dev.tailor.report;

import static dev.tailor.report.WorkbookFiles.cell;
import static dev.tailor.report.WorkbookFiles.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Skipped and Runs sheets. */
class WorkbookSideSheetsTest {

    @TempDir
    Path dir;

    @Test
    void listsSkippedAndFailedPostingsWithTheirReasons() throws IOException {
        PostingRecord skipped = Postings.skipped("0f0f0f0f0f0f", "data/postings/menu.html", "not a job posting");
        PostingRecord failed = new PostingRecord("0e0e0e0e0e0e", "data/postings/huge.pdf", "FAILED",
                "file too large", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, "new", null, null);

        try (XSSFWorkbook workbook = write(List.of(Postings.done("1a2b3c4d5e6f"), skipped, failed), List.of())) {
            Sheet sheet = workbook.getSheet("Skipped");
            assertThat(WorkbookFiles.headers(sheet)).containsExactly("File", "Status", "Reason");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(shown(cell(sheet, 1, "File"))).isEqualTo("data/postings/menu.html");
            assertThat(shown(cell(sheet, 1, "Status"))).isEqualTo("SKIPPED");
            assertThat(shown(cell(sheet, 1, "Reason"))).isEqualTo("not a job posting");
            assertThat(shown(cell(sheet, 2, "Status"))).isEqualTo("FAILED");
        }
    }

    @Test
    void keepsSkippedPostingsOffThePostingsSheet() throws IOException {
        PostingRecord skipped = Postings.skipped("0f0f0f0f0f0f", "data/postings/menu.html", "not a job posting");

        try (XSSFWorkbook workbook = write(List.of(skipped, Postings.done("1a2b3c4d5e6f")), List.of())) {
            Sheet postings = workbook.getSheet("Postings");
            assertThat(postings.getLastRowNum()).isEqualTo(1);
            assertThat(shown(cell(postings, 1, "ID"))).isEqualTo("1a2b3c4d5e6f");
        }
    }

    @Test
    void writesRunsWithDateTimesCountsAndDuration() throws IOException {
        RunRow run = new RunRow(7, LocalDateTime.of(2025, 3, 15, 2, 30, 0), LocalDateTime.of(2025, 3, 15, 2, 41, 5),
                120, 100, 12, 6, 2, "COMPLETED");

        try (XSSFWorkbook workbook = write(List.of(), List.of(run))) {
            Sheet sheet = workbook.getSheet("Runs");
            assertThat(WorkbookFiles.headers(sheet)).containsExactly("Run", "Started", "Ended", "Seconds", "Read",
                    "Processed", "Unchanged", "Skipped", "Failed", "Outcome");
            Cell started = cell(sheet, 1, "Started");
            assertThat(DateUtil.isCellDateFormatted(started)).isTrue();
            assertThat(started.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 3, 15, 2, 30, 0));
            assertThat(shown(started)).isEqualTo("2025-03-15 02:30:00");
            assertThat(cell(sheet, 1, "Seconds").getNumericCellValue()).isEqualTo(665);
            assertThat(cell(sheet, 1, "Read").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(sheet, 1, "Processed").getNumericCellValue()).isEqualTo(100);
            assertThat(cell(sheet, 1, "Failed").getNumericCellValue()).isEqualTo(2);
            assertThat(shown(cell(sheet, 1, "Outcome"))).isEqualTo("COMPLETED");
        }
    }

    @Test
    void leavesEndAndDurationBlankForARunWithoutAnEnd() throws IOException {
        RunRow killed = new RunRow(8, LocalDateTime.of(2025, 3, 16, 2, 30), null, 10, 3, 0, 0, 0, "UNKNOWN");

        try (XSSFWorkbook workbook = write(List.of(), List.of(killed))) {
            Sheet sheet = workbook.getSheet("Runs");
            assertThat(cell(sheet, 1, "Ended")).isNull();
            assertThat(cell(sheet, 1, "Seconds")).isNull();
        }
    }

    @Test
    void writesAllFourSheetsWhenThereIsNothingToShow() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(), List.of())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(0)).isEqualTo("Postings");
            assertThat(workbook.getSheetName(1)).isEqualTo("Skills demand");
            assertThat(workbook.getSheetName(2)).isEqualTo("Skipped");
            assertThat(workbook.getSheetName(3)).isEqualTo("Runs");
            assertThat(workbook.getSheet("Postings").getLastRowNum()).isZero();
        }
    }

    private XSSFWorkbook write(List<PostingRecord> postings, List<RunRow> runs) throws IOException {
        Path xlsx = new ReviewWorkbookWriter().write(dir.resolve("summary.xlsx"), postings, Map.of(), runs);
        return WorkbookFiles.open(xlsx);
    }
}
