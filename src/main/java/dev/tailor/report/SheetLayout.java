package dev.tailor.report;

import java.util.function.IntUnaryOperator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** The layout every sheet of the workbook shares: fixed widths, frozen header, filter, and a printable page. */
final class SheetLayout {

    /** Excel measures column widths in 1/256 of a character. */
    static final int WIDTH_UNITS_PER_CHAR = 256;

    /** The tallest a row grows for wrapped text; longer text stays in the cell, a click away. */
    static final int MAX_LINES_PER_ROW = 4;


    private SheetLayout() {
    }

    /** Sets the column widths, in characters, and freezes the header row so it stays visible while scrolling. */
    static void columns(Sheet sheet, int... widthsInChars) {
        for (int col = 0; col < widthsInChars.length; col++) {
            sheet.setColumnWidth(col, widthsInChars[col] * WIDTH_UNITS_PER_CHAR);
        }
        sheet.createFreezePane(0, 1);
    }

    /**
     * Makes the row tall enough for its wrapped text, up to {@link #MAX_LINES_PER_ROW} lines. An estimate from the
     * text length, because SXSSF cannot measure rendered text, and LibreOffice does not grow rows on opening.
     */
    static void fitHeight(Row row) {
        Sheet sheet = row.getSheet();
        fitHeight(row, col -> sheet.getColumnWidth(col) / WIDTH_UNITS_PER_CHAR);
    }

    /**
     * As {@link #fitHeight(Row)}, with the columns' widths in characters given: a sheet looks each one up in its XML
     * beans, which a sheet of 10,000 rows felt.
     */
    static void fitHeight(Row row, IntUnaryOperator widthInChars) {
        Sheet sheet = row.getSheet();
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
                int widthChars = Math.max(1, widthInChars.applyAsInt(cell.getColumnIndex()));
                lines = Math.max(lines, linesNeeded(cell.getStringCellValue(), widthChars));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        }
    }

    /**
     * Lines the text takes in a column this many characters wide, at most {@link #MAX_LINES_PER_ROW}: words are
     * packed greedily, as a spreadsheet wraps them, and a word longer than the column is broken.
     */
    static int linesNeeded(String text, int widthChars) {
        int lines = 1;
        int used = 0;
        int i = 0;
        while (i < text.length() && lines < MAX_LINES_PER_ROW) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
                used = 0;
                i++;
                continue;
            }
            if (c == ' ') {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
                end++;
            }
            int word = end - i;
            if (used > 0 && used + 1 + word <= widthChars) {
                used += 1 + word;
            } else {
                if (used > 0) {
                    lines++;
                }
                lines += (word - 1) / widthChars;
                used = (word - 1) % widthChars + 1;
            }
            i = end;
        }
        return Math.min(lines, MAX_LINES_PER_ROW);
    }

    /**
     * Puts an auto-filter over the header and data, and sets the page up for printing: landscape, all columns on
     * one page wide, the header row repeated on every page.
     */
    static void finish(Sheet sheet, int lastRow, int lastCol) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, lastCol));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        // 0 = as many pages tall as it takes
        print.setFitHeight((short) 0);
    }
}
