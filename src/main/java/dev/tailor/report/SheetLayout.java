package dev.tailor.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** The layout every sheet of the workbook shares: fixed widths, frozen header, filter, and a printable page. */
final class SheetLayout {

    /** Excel measures column widths in 1/256 of a character. */
    static final int WIDTH_UNITS_PER_CHAR = 256;

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
