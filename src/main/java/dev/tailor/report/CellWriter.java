package dev.tailor.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes typed cells with the workbook's shared styles. Every piece of text goes through {@link SafeText}, and
 * every link through {@link LinkTarget}, so no sheet can forget either.
 *
 * <p>Null values leave the cell blank. Text that a spreadsheet would take for a formula is stored as a string cell
 * (it always is: {@code setCellValue(String)} never makes a formula) with the quote-prefix style, so it stays text
 * even when a person opens the cell and presses Enter.
 *
 * <p>Links are {@code HYPERLINK()} formulas, not cell hyperlinks: SXSSF keeps every cell hyperlink in memory until
 * the end (about 3 KB each, 600 MB for 100,000 rows with two links), while a formula streams like any cell. The
 * formula only ever holds a {@link LinkTarget} address, which cannot contain a quote, and the display text with its
 * quotes doubled, so nothing from a posting can break out of the string literals.
 */
final class CellWriter {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    static final String INTEGER_FORMAT = "0";

    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle centred;
    private final CellStyle link;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle integer;
    /** Quote-prefixed twins of the text styles, made on first use; by identity, as XSSF styles compare slowly. */
    private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();

    CellWriter(Workbook workbook) {
        this.workbook = workbook;
        this.text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        this.wrapped = derive(text);
        wrapped.setWrapText(true);
        this.centred = derive(text);
        centred.setAlignment(HorizontalAlignment.CENTER);
        this.header = derive(wrapped);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        this.link = derive(text);
        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link.setFont(linkFont);
        this.date = formatted(DATE_FORMAT);
        this.dateTime = formatted(DATE_TIME_FORMAT);
        this.integer = formatted(INTEGER_FORMAT);
    }

    /** Writes the header row's names in bold on grey. */
    void header(Row row, List<String> names) {
        for (int col = 0; col < names.size(); col++) {
            Cell cell = row.createCell(col);
            cell.setCellValue(names.get(col));
            cell.setCellStyle(header);
        }
        SheetLayout.fitHeight(row);
    }

    /** A text cell; {@code wrap} for columns that hold sentences. */
    void text(Row row, int col, String value, boolean wrap) {
        if (value == null || value.isEmpty()) {
            return;
        }
        write(row, col, value, wrap ? wrapped : text);
    }

    /**
     * A short code (hybrid, senior, 3 of 5, new), centred, so it stands apart from the right-aligned number beside
     * it.
     */
    void code(Row row, int col, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        write(row, col, value, centred);
    }

    /** A whole-number cell. */
    void number(Row row, int col, Number value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(integer);
    }

    /** A date cell shown as {@value #DATE_FORMAT}. */
    void date(Row row, int col, LocalDate value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(date);
    }

    /** A date-time cell shown as {@value #DATE_TIME_FORMAT}. */
    void dateTime(Row row, int col, LocalDateTime value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(dateTime);
    }

    /** The text as a link to {@code target} when there is one, else as plain text. */
    void link(Row row, int col, String value, Optional<LinkTarget> target) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (target.isEmpty()) {
            text(row, col, value, false);
            return;
        }
        String address = target.get().address();
        // both literals stay within Excel's 255 characters: a doubled quote could push the text past it
        String shown = value.indexOf('"') < 0 ? value : address;
        Cell cell = row.createCell(col);
        cell.setCellFormula("HYPERLINK(" + stringLiteral(address) + "," + stringLiteral(shown) + ")");
        // the cached result, so the text shows before (or without) recalculation
        cell.setCellValue(SafeText.forCell(shown));
        cell.setCellStyle(link);
    }

    private static String stringLiteral(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private Cell write(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(SafeText.forCell(value));
        boolean formulaLike = SafeText.looksLikeFormula(value);
        cell.setCellStyle(formulaLike ? quoted.computeIfAbsent(style, this::quotePrefixed) : style);
        return cell;
    }

    private CellStyle quotePrefixed(CellStyle style) {
        CellStyle twin = derive(style);
        twin.setQuotePrefixed(true);
        return twin;
    }

    private CellStyle formatted(String format) {
        CellStyle style = derive(text);
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }

    private CellStyle derive(CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        return style;
    }
}
