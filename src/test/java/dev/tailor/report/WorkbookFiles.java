package dev.tailor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads and edits workbooks in tests the way a person's spreadsheet program would, through POI's XSSF. */
final class WorkbookFiles {

    private static final DataFormatter FORMATTER = new DataFormatter();

    static {
        // a link cell shows its text, as in a spreadsheet, not its HYPERLINK() formula
        FORMATTER.setUseCachedValuesForFormulaCells(true);
    }

    private WorkbookFiles() {
    }

    /** Loads the whole workbook into memory; the file is not kept open. */
    static XSSFWorkbook open(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    static void save(XSSFWorkbook workbook, Path xlsx) throws IOException {
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.write(out);
        }
    }

    /** The header row's texts. */
    static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        for (Cell cell : sheet.getRow(0)) {
            headers.add(cell.getStringCellValue());
        }
        return headers;
    }

    /** The cell under the header {@code name} in row {@code rowIndex}, or null when it is blank. */
    static Cell cell(Sheet sheet, int rowIndex, String name) {
        int col = headers(sheet).indexOf(name);
        if (col < 0) {
            throw new IllegalArgumentException("no column " + name);
        }
        Row row = sheet.getRow(rowIndex);
        return row == null ? null : row.getCell(col);
    }

    /** The cell's text as the spreadsheet shows it. */
    static String shown(Cell cell) {
        return cell == null ? "" : FORMATTER.formatCellValue(cell);
    }

    /** The row whose ID cell holds {@code id}. */
    static int rowOf(Sheet sheet, String id) {
        int idCol = headers(sheet).indexOf("ID");
        for (Row row : sheet) {
            Cell cell = row.getCell(idCol);
            if (row.getRowNum() > 0 && cell != null && id.equals(shown(cell))) {
                return row.getRowNum();
            }
        }
        throw new IllegalArgumentException("no row with ID " + id);
    }
}
