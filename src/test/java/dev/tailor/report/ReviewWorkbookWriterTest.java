package dev.tailor.report;

import static dev.tailor.report.WorkbookFiles.cell;
import static dev.tailor.report.WorkbookFiles.open;
import static dev.tailor.report.WorkbookFiles.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewWorkbookWriterTest {

    private static final String ID = "1a2b3c4d5e6f";
    private static final Clock NIGHT = Clock.fixed(Instant.parse("2025-03-15T02:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ReviewWorkbookWriter writer = new ReviewWorkbookWriter(NIGHT);

    @Test
    void writesThePostingsColumnsInOrder() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(Postings.done(ID)))) {
            assertThat(WorkbookFiles.headers(workbook.getSheet("Postings"))).containsExactly("ID", "Company",
                    "Title", "Location", "Remote", "Seniority", "Score", "Matched", "Missing", "Top signals",
                    "Opening", "Words", "Rubric", "Letter", "Posting", "First seen", "Last seen", "Days open",
                    "State", "Status", "Notes");
        }
    }

    @Test
    void writesScoreWordsAndDaysOpenAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(Postings.done(ID)))) {
            Sheet sheet = workbook.getSheet("Postings");
            assertThat(cell(sheet, 1, "Score").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(sheet, 1, "Score").getNumericCellValue()).isEqualTo(82);
            assertThat(cell(sheet, 1, "Words").getNumericCellValue()).isEqualTo(312);
            assertThat(cell(sheet, 1, "Days open").getNumericCellValue()).isEqualTo(14);
        }
    }

    @Test
    void writesFirstAndLastSeenAsDateCells() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(Postings.done(ID)))) {
            Cell firstSeen = cell(workbook.getSheet("Postings"), 1, "First seen");
            assertThat(firstSeen.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(firstSeen)).isTrue();
            assertThat(firstSeen.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(shown(firstSeen)).isEqualTo("2025-03-01");
        }
    }

    @Test
    void summarisesSkillsSignalsAndRubricAsText() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(Postings.done(ID)))) {
            Sheet sheet = workbook.getSheet("Postings");
            assertThat(shown(cell(sheet, 1, "Matched"))).isEqualTo("Java, Kafka");
            assertThat(shown(cell(sheet, 1, "Missing"))).isEqualTo("Kubernetes, Go");
            assertThat(shown(cell(sheet, 1, "Top signals")))
                    .isEqualTo("stage:scale-up; funding:Series B; migration:monolith to services");
            assertThat(shown(cell(sheet, 1, "Rubric"))).isEqualTo("2 of 3");
        }
    }

    @Test
    void linksTheLetterRelativeToTheWorkbook() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(Postings.done(ID)))) {
            Cell letter = cell(workbook.getSheet("Postings"), 1, "Letter");
            assertThat(letter.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(letter.getCellFormula()).isEqualTo("HYPERLINK(\"letters/acme-backend-engineer-" + ID
                    + ".md\",\"letters/acme-backend-engineer-" + ID + ".md\")");
            assertThat(letter.getStringCellValue()).isEqualTo("letters/acme-backend-engineer-" + ID + ".md");
        }
    }

    @Test
    void linksAWebPostingToItsUrl() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(Postings.done(ID)))) {
            Cell posting = cell(workbook.getSheet("Postings"), 1, "Posting");
            String url = "https://boards.example.com/acme/jobs/" + ID;
            assertThat(posting.getCellFormula()).isEqualTo("HYPERLINK(\"" + url + "\",\"" + url + "\")");
            assertThat(posting.getStringCellValue()).isEqualTo(url);
        }
    }

    @Test
    void leavesAJavascriptSourceAsPlainText() throws IOException {
        PostingRecord hostile = Postings.withText(ID, "Engineer", "Acme", "javascript:alert(document.cookie)");

        try (XSSFWorkbook workbook = write(List.of(hostile))) {
            Cell posting = cell(workbook.getSheet("Postings"), 1, "Posting");
            assertThat(posting.getCellType()).isEqualTo(CellType.STRING);
            assertThat(posting.getStringCellValue()).isEqualTo("javascript:alert(document.cookie)");
            assertThat(posting.getHyperlink()).isNull();
        }
    }

    @Test
    void linksASavedPostingRelativeToTheWorkbook() throws IOException {
        Path saved = dir.resolve("postings").resolve("acme.html").toAbsolutePath();
        PostingRecord local = Postings.withText(ID, "Engineer", "Acme", saved.toString());

        Path xlsx = writer.write(dir.resolve("out").resolve("summary.xlsx"), List.of(local), Map.of(), List.of());

        try (XSSFWorkbook workbook = open(xlsx)) {
            Cell posting = cell(workbook.getSheet("Postings"), 1, "Posting");
            assertThat(posting.getCellFormula()).startsWith("HYPERLINK(\"../postings/acme.html\",");
            assertThat(posting.getStringCellValue()).isEqualTo(saved.toString());
        }
    }

    @Test
    void leavesASavedFileThatIsNoPostingAsPlainText() throws IOException {
        PostingRecord local = Postings.withText(ID, "Engineer", "Acme", "data/postings/run-me.sh");

        try (XSSFWorkbook workbook = write(List.of(local))) {
            Cell posting = cell(workbook.getSheet("Postings"), 1, "Posting");
            assertThat(posting.getCellType()).isEqualTo(CellType.STRING);
            assertThat(posting.getStringCellValue()).isEqualTo("data/postings/run-me.sh");
        }
    }

    @Test
    void linksNoLetterOutsideTheOutputFolder() throws IOException {
        List<String> outside = List.of("../secrets.md", "letters/../../x.md", "/etc/passwd", "C:\\Windows\\x.md",
                "file:///etc/passwd", "javascript:alert(1)", "\\\\server\\share\\x.md");
        List<PostingRecord> postings = outside.stream()
                .map(letter -> Postings.withLetter(Integer.toHexString(letter.hashCode()), letter))
                .toList();

        try (XSSFWorkbook workbook = write(postings)) {
            Sheet sheet = workbook.getSheet("Postings");
            for (int row = 1; row <= outside.size(); row++) {
                Cell letter = cell(sheet, row, "Letter");
                assertThat(letter.getCellType()).as(letter.getStringCellValue()).isEqualTo(CellType.STRING);
                assertThat(letter.getStringCellValue()).isEqualTo(outside.get(row - 1));
            }
        }
    }

    @Test
    void keepsQuotesInAPathInsideTheLinkFormula() throws IOException {
        PostingRecord quoted = Postings.withLetter(ID, "letters/a\"),EVIL(\"b.md");

        try (XSSFWorkbook workbook = write(List.of(quoted))) {
            Cell letter = cell(workbook.getSheet("Postings"), 1, "Letter");
            assertThat(letter.getCellFormula()).isEqualTo(
                    "HYPERLINK(\"letters/a%22),EVIL(%22b.md\",\"letters/a%22),EVIL(%22b.md\")");
        }
    }

    @Test
    void offersTheStatusDropDownOnEveryPostingRow() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(Postings.done(ID), Postings.done("2b3c4d5e6f7a")))) {
            XSSFSheet sheet = workbook.getSheet("Postings");
            var validations = sheet.getDataValidations();
            assertThat(validations).hasSize(1);
            var validation = validations.get(0);
            assertThat(validation.getValidationConstraint().getExplicitListValues())
                    .containsExactly("to review", "approved", "sent", "interview", "rejected", "skip");
            assertThat(validation.getRegions().getCellRangeAddresses())
                    .extracting(Object::toString)
                    .containsExactly("org.apache.poi.ss.util.CellRangeAddress [T2:T3]");
            // OOXML's showDropDown="true" hides the arrow
            var ooxml = sheet.getCTWorksheet().getDataValidations().getDataValidationArray(0);
            assertThat(ooxml.getShowDropDown()).isFalse();
        }
    }

    @Test
    void givesANewPostingTheStatusToReview() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(Postings.done(ID)))) {
            Sheet sheet = workbook.getSheet("Postings");
            assertThat(shown(cell(sheet, 1, "Status"))).isEqualTo("to review");
            assertThat(cell(sheet, 1, "Notes")).isNull();
        }
    }

    @Test
    void carriesThePersonsStatusAndNotesOver() throws IOException {
        Map<String, ReviewEntry> reviews = Map.of(ID, new ReviewEntry(ID, "sent", "called them on Monday"));

        Path xlsx = writer.write(dir.resolve("summary.xlsx"), List.of(Postings.done(ID)), reviews, List.of());

        try (XSSFWorkbook workbook = open(xlsx)) {
            Sheet sheet = workbook.getSheet("Postings");
            assertThat(shown(cell(sheet, 1, "Status"))).isEqualTo("sent");
            assertThat(shown(cell(sheet, 1, "Notes"))).isEqualTo("called them on Monday");
        }
    }

    @Test
    void leavesAStatusThePersonClearedEmpty() throws IOException {
        Map<String, ReviewEntry> reviews = Map.of(ID, new ReviewEntry(ID, null, "not now"));

        Path xlsx = writer.write(dir.resolve("summary.xlsx"), List.of(Postings.done(ID)), reviews, List.of());

        try (XSSFWorkbook workbook = open(xlsx)) {
            assertThat(cell(workbook.getSheet("Postings"), 1, "Status")).isNull();
        }
    }

    @Test
    void freezesTheHeaderRowAndFiltersTheWholeTable() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(Postings.done(ID), Postings.done("2b3c4d5e6f7a")))) {
            XSSFSheet sheet = workbook.getSheet("Postings");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:U3");
        }
    }

    @Test
    void printsLandscapeOnePageWide() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(Postings.done(ID)))) {
            XSSFSheet sheet = workbook.getSheet("Postings");
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows()).hasToString("org.apache.poi.ss.util.CellRangeAddress [1:1]");
        }
    }

    @Test
    void coloursTheScoreFromRedThroughYellowToGreen() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(Postings.done(ID), Postings.done("2b3c4d5e6f7a")))) {
            var formatting = workbook.getSheet("Postings").getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
            var scoreFormatting = formatting.getConditionalFormattingAt(0);
            assertThat(scoreFormatting.getFormattingRanges()[0].formatAsString()).isEqualTo("G2:G3");
            var scale = scoreFormatting.getRule(0).getColorScaleFormatting();
            assertThat(scale.getThresholds()).extracting(t -> t.getValue()).containsExactly(0d, 50d, 100d);
            assertThat(scale.getColors()).extracting(c -> ((org.apache.poi.xssf.usermodel.XSSFColor) c).getARGBHex())
                    .containsExactly("FFF8696B", "FFFFEB84", "FF63BE7B");
        }
    }

    @Test
    void keepsTheColumnWidthsFixed() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(Postings.done(ID)))) {
            Sheet sheet = workbook.getSheet("Postings");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(14 * 256);
            assertThat(sheet.getColumnWidth(20)).isEqualTo(40 * 256);
        }
    }

    @Test
    void wrapsTheLongTextColumns() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(Postings.done(ID)))) {
            Sheet sheet = workbook.getSheet("Postings");
            assertThat(cell(sheet, 1, "Title").getCellStyle().getWrapText()).isTrue();
            assertThat(cell(sheet, 1, "ID").getCellStyle().getWrapText()).isFalse();
        }
    }

    private XSSFWorkbook write(List<PostingRecord> postings) throws IOException {
        Path xlsx = writer.write(dir.resolve("summary.xlsx"), postings, Map.of(), List.of());
        return open(xlsx);
    }
}
