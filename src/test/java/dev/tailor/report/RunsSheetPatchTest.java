package dev.tailor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook whose Runs sheet alone is written again holds what a full write of the same data holds. */
class RunsSheetPatchTest {
    private static final LocalDateTime NIGHT = LocalDateTime.of(2025, 3, 15, 2, 30);

    @TempDir
    Path dir;

    private final ReviewWorkbookWriter writer = new ReviewWorkbookWriter();

    @Test
    void holdsEveryCellOfAFullWriteWithTheNewRuns() throws IOException {
        Path patched = dir.resolve("summary.xlsx");
        writer.write(patched, postings(), reviews(), runs(2), Set.of("Java"));
        Path full = dir.resolve("full").resolve("summary.xlsx");
        writer.write(full, postings(), reviews(), runs(3), Set.of("Java"));

        writer.writeRuns(patched, runs(3));

        assertThat(cells(patched)).isEqualTo(cells(full));
    }

    @Test
    void keepsThePreviousWorkbookAsBackup() throws IOException {
        Path xlsx = dir.resolve("summary.xlsx");
        writer.write(xlsx, postings(), reviews(), runs(2), Set.of("Java"));
        byte[] previous = Files.readAllBytes(xlsx);

        writer.writeRuns(xlsx, runs(3));

        assertThat(dir.resolve("summary.xlsx.bak")).hasBinaryContent(previous);
    }

    @Test
    void refusesAWorkbookWithoutARunsSheetAndLeavesItAsItWas() throws IOException {
        Path xlsx = dir.resolve("summary.xlsx");
        try (XSSFWorkbook other = new XSSFWorkbook()) {
            other.createSheet("Postings");
            WorkbookFiles.save(other, xlsx);
        }
        byte[] before = Files.readAllBytes(xlsx);

        assertThatThrownBy(() -> writer.writeRuns(xlsx, runs(3))).isInstanceOf(IOException.class);

        assertThat(xlsx).hasBinaryContent(before);
    }

    /** Postings of every kind a sheet shows: with a letter, skipped, and text that must not become a formula. */
    private static List<PostingRecord> postings() {
        return List.of(Postings.done("1a2b3c4d5e6f"),
                Postings.withText("2b3c4d5e6f70", "=HYPERLINK(\"x\")", "+Acme", "data/postings/acme.html"),
                Postings.skipped("3c4d5e6f7081", "data/postings/empty.html", "the file is empty"));
    }

    private static Map<String, ReviewEntry> reviews() {
        return Map.of("1a2b3c4d5e6f", new ReviewEntry("1a2b3c4d5e6f", "sent", "called back on Monday"));
    }

    /** The last {@code count} nights' runs, newest first. */
    private static List<RunRow> runs(int count) {
        List<RunRow> runs = new ArrayList<>();
        for (int night = count; night >= 1; night--) {
            LocalDateTime started = NIGHT.plusDays(night);
            runs.add(new RunRow(night, started, started.plusMinutes(night), 3, 2, 0, 1, 0, "COMPLETED"));
        }
        return runs;
    }

    /** Every cell of every sheet with its style, link and layout, the defined names and what each sheet draws. */
    private static List<String> cells(Path xlsx) throws IOException {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = WorkbookFiles.open(xlsx)) {
            for (Name name : workbook.getAllNames()) {
                lines.add("name " + name.getNameName() + " " + name.getSheetIndex() + " " + name.getRefersToFormula());
            }
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                lines.add("sheet " + sheet.getSheetName() + " filter " + sheet.getCTWorksheet().getAutoFilter()
                        + " validations " + sheet.getDataValidations().size() + " formats "
                        + sheet.getSheetConditionalFormatting().getNumConditionalFormattings() + " drawing "
                        + (sheet.getDrawingPatriarch() == null ? 0 : sheet.getDrawingPatriarch().getCharts().size())
                        + " frozen " + (sheet.getPaneInformation() == null ? "-"
                                : sheet.getPaneInformation().getHorizontalSplitPosition()));
                for (int col = 0; col < 25; col++) {
                    lines.add("width " + col + " " + sheet.getColumnWidth(col));
                }
                for (Row row : sheet) {
                    lines.add("row " + row.getRowNum() + " height " + row.getHeight());
                    for (Cell cell : row) {
                        CellStyle style = cell.getCellStyle();
                        lines.add(cell.getAddress() + " " + cell.getCellType() + " " + WorkbookFiles.shown(cell)
                                + " style " + style.getIndex() + " " + style.getDataFormatString() + " "
                                + style.getQuotePrefixed() + " " + style.getWrapText() + " " + style.getFontIndex()
                                + " link " + (cell.getHyperlink() == null ? "-" : cell.getHyperlink().getAddress()));
                    }
                }
            }
        }
        return lines;
    }
}
