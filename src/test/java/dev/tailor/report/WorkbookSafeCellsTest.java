package dev.tailor.report;

import static dev.tailor.report.WorkbookFiles.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Text from postings and from the person reaches the workbook as inert, valid, complete-or-marked strings. */
class WorkbookSafeCellsTest {

    private static final String ID = "1a2b3c4d5e6f";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"https://evil.example/\",\"Click\")", "+1", "-2", "@SUM(A1:A9)",
            "=cmd|' /C calc'!A0", "\tTabbed", "\rCarriage"})
    void storesFormulaLikeTextAsAQuotedString(String text) throws IOException {
        try (XSSFWorkbook workbook = writeWithTitle(text)) {
            Cell title = cell(workbook.getSheet("Postings"), 1, "Title");
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo(text);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void storesOrdinaryTextWithoutTheQuotePrefix() throws IOException {
        try (XSSFWorkbook workbook = writeWithTitle("Backend Engineer")) {
            assertThat(cell(workbook.getSheet("Postings"), 1, "Title").getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void replacesCharactersXmlCannotHold() throws IOException {
        try (XSSFWorkbook workbook = writeWithTitle("Senior\u0000Engineer\u000B(\u0001Java\uFFFF)\uD800")) {
            assertThat(cell(workbook.getSheet("Postings"), 1, "Title").getStringCellValue())
                    .isEqualTo("Senior Engineer ( Java ) ");
        }
    }

    @Test
    void keepsLineBreaksTabsAndCharactersBeyondTheBasicPlane() throws IOException {
        String text = "Line one\nLine two\tTabbed – Ünïcødé 🚀";

        try (XSSFWorkbook workbook = writeWithTitle(text)) {
            assertThat(cell(workbook.getSheet("Postings"), 1, "Title").getStringCellValue()).isEqualTo(text);
        }
    }

    @Test
    void keepsTextThatLooksLikeAnOoxmlEscape() throws IOException {
        try (XSSFWorkbook workbook = writeWithTitle("R_x0026_D lead, see _x000D_")) {
            assertThat(cell(workbook.getSheet("Postings"), 1, "Title").getStringCellValue())
                    .isEqualTo("R_x0026_D lead, see _x000D_");
        }
    }

    @Test
    void cutsTextOverTheCellLimitWithAMarker() throws IOException {
        String notes = "n".repeat(40_000);
        Map<String, ReviewEntry> reviews = Map.of(ID, new ReviewEntry(ID, "approved", notes));

        Path xlsx = new ReviewWorkbookWriter().write(dir.resolve("summary.xlsx"), List.of(Postings.done(ID)),
                reviews, List.of());

        try (XSSFWorkbook workbook = WorkbookFiles.open(xlsx)) {
            String stored = cell(workbook.getSheet("Postings"), 1, "Notes").getStringCellValue();
            assertThat(stored).hasSize(32_767).endsWith("… [truncated]").startsWith("nnnn");
        }
    }

    @Test
    void writesNoFormulaButTheTwoLinkColumns() throws IOException {
        try (XSSFWorkbook workbook = writeWithTitle("=1+1")) {
            var row = workbook.getSheet("Postings").getRow(1);
            List<String> formulaColumns = new java.util.ArrayList<>();
            for (Cell c : row) {
                if (c.getCellType() == CellType.FORMULA) {
                    formulaColumns.add(WorkbookFiles.headers(workbook.getSheet("Postings")).get(c.getColumnIndex()));
                }
            }
            assertThat(formulaColumns).containsExactly("Letter", "Posting");
        }
    }

    private XSSFWorkbook writeWithTitle(String title) throws IOException {
        PostingRecord posting = Postings.withText(ID, title, "Acme", "https://jobs.example.com/1");
        Path xlsx = new ReviewWorkbookWriter().write(dir.resolve("summary.xlsx"), List.of(posting), Map.of(),
                List.of());
        return WorkbookFiles.open(xlsx);
    }
}
