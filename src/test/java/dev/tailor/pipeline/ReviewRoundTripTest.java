package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.TailorApplication;
import dev.tailor.cli.TailorCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The person's Status and Notes survive nightly runs of the whole job: they edit the workbook between runs, sort its
 * rows another way each time, clear a status, delete the workbook, and nothing they typed is lost.
 */
class ReviewRoundTripTest {
    private static final DataFormatter SHOWN = new DataFormatter();

    static {
        SHOWN.setUseCachedValuesForFormulaCells(true);
    }

    @TempDir
    Path tmp;

    private SampleWorkspace workspace;
    private ByteArrayOutputStream err;

    @BeforeEach
    void copySampleData() {
        workspace = SampleWorkspace.copyInto(tmp);
    }

    @Test
    void editsSurviveThreeRunsWithTheRowsResortedInBetween() throws Exception {
        assertThat(run()).isZero();
        List<String> ids = ids();
        String first = ids.get(0);
        String second = ids.get(1);
        String third = ids.get(2);
        edit(sheet -> {
            review(sheet, first, "approved", "strong match, mention the Kafka work");
            review(sheet, second, "sent", null);
            review(sheet, third, null, "ask about on-call");
            sortRows(sheet, "Company", Comparator.reverseOrder());
        });

        assertThat(run()).isZero();
        Map<String, List<String>> afterSecond = reviews();
        assertThat(afterSecond.get(first)).containsExactly("approved", "strong match, mention the Kafka work");
        assertThat(afterSecond.get(second)).containsExactly("sent", "");
        assertThat(afterSecond.get(third)).containsExactly("to review", "ask about on-call");
        edit(sheet -> {
            review(sheet, second, "interview", "Tuesday 10:00");
            sortRows(sheet, "Title", Comparator.naturalOrder());
        });

        assertThat(run()).isZero();
        Map<String, List<String>> afterThird = reviews();
        assertThat(afterThird.get(first)).containsExactly("approved", "strong match, mention the Kafka work");
        assertThat(afterThird.get(second)).containsExactly("interview", "Tuesday 10:00");
        assertThat(afterThird.get(third)).containsExactly("to review", "ask about on-call");
        assertThat(afterThird).hasSize(ids.size());
    }

    @Test
    void aStatusThePersonClearedStaysCleared() throws Exception {
        assertThat(run()).isZero();
        String id = ids().get(0);
        edit(sheet -> review(sheet, id, "approved", "keep an eye on it"));
        assertThat(run()).isZero();

        edit(sheet -> review(sheet, id, "", null));
        assertThat(run()).isZero();

        assertThat(reviews().get(id)).containsExactly("", "keep an eye on it");
    }

    /**
     * A workbook still byte for byte as a run wrote it holds nothing H2 lacks, so it is not read back: a review H2
     * holds (here put there behind the workbook's back) is what the next workbook shows, not the untouched cell.
     */
    @Test
    void aWorkbookUntouchedSinceItWasWrittenIsNotReadBack() throws Exception {
        assertThat(run()).isZero();
        String id = ids().get(0);
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + workspace.db().toAbsolutePath(), "sa", "");
                PreparedStatement review = db.prepareStatement(
                        "INSERT INTO tailor_review (id, status, notes, updated) VALUES (?, 'approved', NULL, NOW())")) {
            review.setString(1, id);
            review.executeUpdate();
        }

        assertThat(run()).isZero();

        assertThat(reviews().get(id)).containsExactly("approved", "");
    }

    @Test
    void anEditToTheWorkbookOfAnUntouchedRunIsKept() throws Exception {
        assertThat(run()).isZero();
        assertThat(run()).as("a run over the workbook it wrote itself").isZero();
        String id = ids().get(0);
        edit(sheet -> review(sheet, id, "interview", "Tuesday 10:00"));

        assertThat(run()).isZero();
        assertThat(run()).isZero();

        assertThat(reviews().get(id)).containsExactly("interview", "Tuesday 10:00");
    }

    @Test
    void editsSurviveADeletedWorkbook() throws Exception {
        assertThat(run()).isZero();
        String id = ids().get(0);
        edit(sheet -> review(sheet, id, "rejected", "wants relocation"));
        assertThat(run()).isZero();

        Files.delete(workbook());
        Files.delete(ReviewRoundTripTest.backupOf(workbook()));
        assertThat(run()).isZero();

        assertThat(reviews().get(id)).containsExactly("rejected", "wants relocation");
    }

    @Test
    void aDeletedRowComesBackWithItsReview() throws Exception {
        assertThat(run()).isZero();
        String id = ids().get(0);
        edit(sheet -> review(sheet, id, "skip", "not my field"));
        assertThat(run()).isZero();

        edit(sheet -> sheet.removeRow(sheet.getRow(rowOf(sheet, id))));
        assertThat(run()).isZero();

        assertThat(reviews().get(id)).containsExactly("skip", "not my field");
    }

    @Test
    void aLongStatusOrARowThePersonAddedDoesNotStopTheRun() throws Exception {
        assertThat(run()).isZero();
        String id = ids().get(0);
        String longStatus = "waiting for the recruiter to call back after the holidays, then decide ".repeat(2);
        edit(sheet -> {
            review(sheet, id, longStatus, "long");
            Row added = sheet.createRow(sheet.getLastRowNum() + 2);
            added.createCell(headers(sheet).indexOf("ID")).setCellValue("Total of all the postings I looked at");
            added.createCell(headers(sheet).indexOf("Notes")).setCellValue("a row of my own");
        });

        assertThat(run()).isZero();

        assertThat(reviews().get(id).get(0)).isEqualTo(longStatus.substring(0, 64));
    }

    @Test
    void anUnreadableWorkbookIsLeftAloneAndTheNewOneWrittenBeside() throws Exception {
        assertThat(run()).isZero();
        Files.writeString(workbook(), "not a workbook");

        assertThat(run()).isZero();

        assertThat(workbook()).hasContent("not a workbook");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("summary.xlsx", "written to");
        try (var files = Files.list(workspace.out())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.matches("summary-\\d{8}-\\d{6}\\.xlsx"));
        }
    }

    @Test
    void theSkillsDemandSheetSaysWhatTheProfileCovers() throws Exception {
        assertThat(run()).isZero();

        try (XSSFWorkbook book = open()) {
            Sheet skills = book.getSheet("Skills demand");
            Map<String, String> covered = new LinkedHashMap<>();
            for (Row row : skills) {
                if (row.getRowNum() > 0) {
                    covered.put(SHOWN.formatCellValue(row.getCell(0)), SHOWN.formatCellValue(row.getCell(6)));
                }
            }
            // Java is in the sample profile; "java" would match too
            assertThat(covered).containsEntry("Java", "yes").containsValue("no");
            assertThat(book.getSheet("Skills demand").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    private interface SheetEdit {
        void apply(Sheet sheet);
    }

    /** Opens the workbook as a spreadsheet program would, lets the "person" edit the Postings sheet, saves it. */
    private void edit(SheetEdit edit) throws IOException {
        try (XSSFWorkbook book = open()) {
            edit.apply(book.getSheet("Postings"));
            try (OutputStream out = Files.newOutputStream(workbook())) {
                book.write(out);
            }
        }
    }

    private XSSFWorkbook open() throws IOException {
        try (InputStream in = Files.newInputStream(workbook())) {
            return new XSSFWorkbook(in);
        }
    }

    private Path workbook() {
        return workspace.out().resolve("summary.xlsx");
    }

    private static Path backupOf(Path xlsx) {
        return xlsx.resolveSibling(xlsx.getFileName() + ".bak");
    }

    /** Every posting id of the Postings sheet, in row order. */
    private List<String> ids() throws IOException {
        try (XSSFWorkbook book = open()) {
            Sheet sheet = book.getSheet("Postings");
            int idCol = headers(sheet).indexOf("ID");
            List<String> ids = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    ids.add(SHOWN.formatCellValue(row.getCell(idCol)));
                }
            }
            return ids;
        }
    }

    /** Status and Notes as shown, by posting id. */
    private Map<String, List<String>> reviews() throws IOException {
        try (XSSFWorkbook book = open()) {
            Sheet sheet = book.getSheet("Postings");
            List<String> headers = headers(sheet);
            Map<String, List<String>> reviews = new LinkedHashMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    reviews.put(SHOWN.formatCellValue(row.getCell(headers.indexOf("ID"))),
                            List.of(SHOWN.formatCellValue(row.getCell(headers.indexOf("Status"))),
                                    SHOWN.formatCellValue(row.getCell(headers.indexOf("Notes")))));
                }
            }
            return reviews;
        }
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    private static int rowOf(Sheet sheet, String id) {
        int idCol = headers(sheet).indexOf("ID");
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && id.equals(SHOWN.formatCellValue(row.getCell(idCol)))) {
                return row.getRowNum();
            }
        }
        throw new IllegalArgumentException("no row with ID " + id);
    }

    /** Types into the row's Status and Notes; null leaves a cell as it is, "" clears it. */
    private static void review(Sheet sheet, String id, String status, String notes) {
        Row row = sheet.getRow(rowOf(sheet, id));
        List<String> headers = headers(sheet);
        type(row, headers.indexOf("Status"), status);
        type(row, headers.indexOf("Notes"), notes);
    }

    /**
     * A fresh cell, as a spreadsheet program saves an edited one (POI's XSSF, overwriting an inline-string cell,
     * keeps the old inline text, which then wins on reading).
     */
    private static void type(Row row, int col, String value) {
        if (value == null) {
            return;
        }
        Cell old = row.getCell(col);
        if (old != null) {
            row.removeCell(old);
        }
        if (!value.isEmpty()) {
            row.createCell(col).setCellValue(value);
        }
    }

    /** Sorts the data rows by one column as a spreadsheet does: the values move (as text), the header stays. */
    private static void sortRows(Sheet sheet, String column, Comparator<String> order) {
        int col = headers(sheet).indexOf(column);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    values.add(SHOWN.formatCellValue(row.getCell(c)));
                }
                rows.add(values);
                sheet.removeRow(row);
            }
        }
        rows.sort(Comparator.comparing(values -> values.get(col), order));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
        }
    }

    private int run() {
        err = new ByteArrayOutputStream();
        TailorCli cli = new TailorCli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone(),
                new PipelineLauncher(TailorApplication.class));
        return cli.execute(workspace.runArgs());
    }
}
