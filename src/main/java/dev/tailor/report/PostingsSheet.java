package dev.tailor.report;

import static dev.tailor.report.PostingColumn.*;

import dev.tailor.faults.CrashPoint;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/** The Postings sheet: one row per posting with a letter, plus the person's Status and Notes columns. */
final class PostingsSheet {

    static final String NAME = "Postings";

    /** How many company signals the row shows; the rest are in postings.jsonl. */
    private static final int SIGNALS_SHOWN = 3;

    /**
     * Score colours, fixed to the 0-100 scale rather than to this run's lowest and highest, so a colour means the
     * same every night. Excel's own red, yellow and green.
     */
    private static final double[] SCORE_POINTS = {0, 50, 100};
    private static final String[] SCORE_COLOURS = {"F8696B", "FFEB84", "63BE7B"};

    private final Workbook workbook;
    private final Sheet sheet;
    private final CellWriter cells;
    private final Path folder;
    private final Path workingDir;
    private final int[] widthsInChars = PostingColumn.widthsInChars();
    private int lastRow;

    /**
     * {@code folder}: where the workbook will be, for the relative links to saved postings; {@code workingDir}:
     * what a relative posting source is relative to.
     */
    PostingsSheet(Workbook workbook, CellWriter cells, Path folder, Path workingDir) {
        this.workbook = workbook;
        this.cells = cells;
        this.folder = folder;
        this.workingDir = workingDir;
        this.sheet = workbook.createSheet(NAME);
        SheetLayout.columns(sheet, widthsInChars);
        cells.header(sheet.createRow(0), PostingColumn.headers());
    }

    /** Appends the posting's row; {@code review} is the person's earlier Status and Notes, or null for none yet. */
    void add(PostingRecord p, ReviewEntry review) {
        CrashPoint.reached("workbook-row");
        Row row = sheet.createRow(++lastRow);
        text(row, ID, p.id());
        text(row, COMPANY, p.company());
        text(row, TITLE, p.title());
        text(row, LOCATION, p.location());
        cells.code(row, REMOTE.index(), p.remote());
        cells.code(row, SENIORITY.index(), p.seniority());
        cells.number(row, SCORE.index(), p.score());
        text(row, MATCHED, String.join(", ", p.matched()));
        text(row, MISSING, String.join(", ", p.missing()));
        text(row, TOP_SIGNALS, topSignals(p.signals()));
        cells.code(row, OPENING.index(), p.opening());
        cells.number(row, WORDS.index(), p.words());
        cells.code(row, RUBRIC.index(), rubric(p.lint()));
        cells.link(row, LETTER.index(), p.letter(), LinkTarget.relativeFile(p.letter()));
        cells.link(row, POSTING.index(), p.source(), postingLink(p.source()));
        cells.date(row, FIRST_SEEN.index(), p.firstSeen());
        cells.date(row, LAST_SEEN.index(), p.lastSeen());
        cells.number(row, DAYS_OPEN.index(), daysOpen(p.firstSeen(), p.lastSeen()));
        cells.code(row, STATE.index(), p.state());
        // no review yet: a new posting; a review with no status: the person cleared it, and it stays cleared
        text(row, STATUS, review == null ? ReviewEntry.DEFAULT_STATUS : review.status());
        text(row, NOTES, review == null ? null : review.notes());
        SheetLayout.fitHeight(row, col -> widthsInChars[col]);
    }

    /** Adds what spans all rows: filter, print setup, the score colour scale and the Status drop-down. */
    void finish() {
        int lastCol = PostingColumn.values().length - 1;
        SheetLayout.finish(sheet, lastRow, lastCol);
        int lastDataRow = Math.max(lastRow, 1);
        scoreColourScale(new CellRangeAddress(1, lastDataRow, SCORE.index(), SCORE.index()));
        statusDropDown(new CellRangeAddressList(1, lastDataRow, STATUS.index(), STATUS.index()));
    }

    /** The posting's web page, or else the saved file it was read from. */
    private Optional<LinkTarget> postingLink(String source) {
        Optional<LinkTarget> web = LinkTarget.webPage(source);
        return web.isPresent() ? web : LinkTarget.savedPosting(source, folder, workingDir);
    }

    private void text(Row row, PostingColumn column, String value) {
        cells.text(row, column.index(), value, column.wrap());
    }

    private static String topSignals(List<PostingRecord.Signal> signals) {
        return signals.stream()
                .limit(SIGNALS_SHOWN)
                .map(s -> s.value() == null || s.value().isBlank() ? s.type() : s.type() + ":" + s.value())
                .collect(Collectors.joining("; "));
    }

    private static String rubric(List<PostingRecord.Lint> lint) {
        if (lint.isEmpty()) {
            return null;
        }
        long passed = lint.stream().filter(PostingRecord.Lint::ok).count();
        return passed + " of " + lint.size();
    }

    /** Days between first and last sighting: for an open posting the last sighting is today's run. */
    private static Long daysOpen(LocalDate firstSeen, LocalDate lastSeen) {
        if (firstSeen == null || lastSeen == null || lastSeen.isBefore(firstSeen)) {
            return null;
        }
        return ChronoUnit.DAYS.between(firstSeen, lastSeen);
    }

    private void scoreColourScale(CellRangeAddress scores) {
        var formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(SCORE_POINTS.length);
        ConditionalFormattingThreshold[] thresholds = scale.getThresholds();
        Color[] colours = new Color[SCORE_POINTS.length];
        for (int i = 0; i < SCORE_POINTS.length; i++) {
            thresholds[i].setRangeType(RangeType.NUMBER);
            thresholds[i].setValue(SCORE_POINTS[i]);
            colours[i] = rgb(SCORE_COLOURS[i]);
        }
        scale.setThresholds(thresholds);
        scale.setColors(colours);
        formatting.addConditionalFormatting(new CellRangeAddress[] {scores}, rule);
    }

    private Color rgb(String hex) {
        ExtendedColor colour = workbook.getCreationHelper().createExtendedColor();
        colour.setARGBHex("FF" + hex);
        return colour;
    }

    private void statusDropDown(CellRangeAddressList statusCells) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(ReviewEntry.STATUSES.toArray(String[]::new)), statusCells);
        // POI's XSSF writes this flag inverted into showDropDown, whose OOXML meaning is itself inverted: true here
        // is what makes Excel show the arrow
        validation.setSuppressDropDownArrow(true);
        // a warning, not a stop: a person may keep a status of their own, and tailor keeps it too
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.createErrorBox("Status", "Usual values: " + String.join(", ", ReviewEntry.STATUSES));
        sheet.addValidationData(validation);
    }
}
