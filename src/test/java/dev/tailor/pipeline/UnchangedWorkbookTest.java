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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run after which the workbook would hold the same postings, reviews and skills writes only its Runs sheet again,
 * and never at the cost of what the person typed.
 */
class UnchangedWorkbookTest {
    private static final DataFormatter SHOWN = new DataFormatter();
    private static final List<String> POSTING_SHEETS = List.of("Postings", "Skills demand", "Skipped");

    @TempDir
    Path tmp;

    private SampleWorkspace workspace;
    private Path workbook;

    @BeforeEach
    void twoRuns() {
        workspace = SampleWorkspace.copyInto(tmp);
        workbook = workspace.out().resolve(ReportTasklet.WORKBOOK);
        assertThat(run()).isZero();
        // the second run turns every "new" into "unchanged": its workbook is written in full
        assertThat(run()).isZero();
    }

    @Test
    void anUnchangedRunAddsItsRowToTheRunsSheetAndKeepsTheOtherSheets() throws Exception {
        List<String> before = cells(POSTING_SHEETS);
        byte[] previous = Files.readAllBytes(workbook);

        assertThat(run()).isZero();

        assertThat(cells(POSTING_SHEETS)).isEqualTo(before);
        assertThat(cells(List.of("Runs"))).filteredOn(line -> line.startsWith("A")).hasSize(3 + 1);
        assertThat(workbook.resolveSibling("summary.xlsx.bak")).hasBinaryContent(previous);
    }

    @Test
    void aStatusTypedAfterAnUnchangedRunIsKept() throws Exception {
        assertThat(run()).isZero();
        try (XSSFWorkbook book = open()) {
            Sheet postings = book.getSheet("Postings");
            Row row = postings.getRow(1);
            // typed over: POI's setCellValue on a cell written as inline text keeps the old text, which then wins
            row.removeCell(row.getCell(column(postings, "Status")));
            row.createCell(column(postings, "Status")).setCellValue("sent");
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }

        assertThat(run()).isZero();

        try (XSSFWorkbook book = open()) {
            Sheet postings = book.getSheet("Postings");
            assertThat(SHOWN.formatCellValue(postings.getRow(1).getCell(column(postings, "Status")))).isEqualTo("sent");
        }
    }

    @Test
    void aDeletedWorkbookIsWrittenInFull() throws Exception {
        List<String> before = cells(POSTING_SHEETS);
        Files.delete(workbook);

        assertThat(run()).isZero();

        assertThat(cells(POSTING_SHEETS)).isEqualTo(before);
    }

    /** Every cell of the sheets as shown, one "A2=text" line each, sheet by sheet. */
    private List<String> cells(List<String> sheets) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = open()) {
            for (String name : sheets) {
                cells.add("sheet " + name);
                for (Row row : book.getSheet(name)) {
                    for (Cell cell : row) {
                        cells.add(cell.getAddress() + "=" + SHOWN.formatCellValue(cell));
                    }
                }
            }
        }
        return cells;
    }

    private XSSFWorkbook open() throws IOException {
        try (InputStream in = Files.newInputStream(workbook)) {
            return new XSSFWorkbook(in);
        }
    }

    private static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (header.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column " + header);
    }

    private int run() {
        return new TailorCli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemDefaultZone(),
                new PipelineLauncher(TailorApplication.class)).execute(workspace.runArgs());
    }
}
