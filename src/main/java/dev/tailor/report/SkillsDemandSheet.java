package dev.tailor.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * The Skills demand sheet: every skill the postings ask for, how many ask for it and how, whether the profile
 * covers it, and a bar chart of the most asked-for skills with the ones the person lacks in red.
 *
 * <p>The sheet is created with the others, so it sits right after Postings, and filled once every posting has been
 * counted. It is small (one row per distinct skill), so its chart can live on the XSSF sheet that SXSSF streams
 * into: the chart's drawing is part of the sheet's template, and only the rows are streamed.
 */
final class SkillsDemandSheet {

    static final String NAME = "Skills demand";

    /** How many skills the chart shows. */
    static final int CHART_SKILLS = 20;

    static final String COVERED = "yes";
    static final String LACKING = "no";

    private static final List<String> HEADERS = List.of("Skill", "Category", "Postings", "Required", "Nice to have",
            "Mentioned", "In your profile");
    private static final int[] WIDTHS = {24, 16, 10, 10, 13, 11, 15};
    private static final int SKILL_COL = 0;
    private static final int POSTINGS_COL = 2;

    /** The chart sits right of the table, one empty column apart, and is this many columns wide. */
    private static final int CHART_FIRST_COL = HEADERS.size() + 1;
    private static final int CHART_COLS = 12;
    private static final int CHART_TOP_ROW = 1;
    /** Rows the chart spans: about one and a half rows per bar, plus room for title and axis. */
    private static final int CHART_ROWS_MIN = 12;

    /** Green for a skill the profile has, red for one it lacks (the score scale's colours), grey when unknown. */
    private static final byte[] GREEN = {(byte) 0x63, (byte) 0xBE, (byte) 0x7B};
    private static final byte[] RED = {(byte) 0xF8, (byte) 0x69, (byte) 0x6B};
    private static final byte[] GREY = {(byte) 0xA6, (byte) 0xA6, (byte) 0xA6};

    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private final CellWriter cells;

    SkillsDemandSheet(SXSSFWorkbook workbook, CellWriter cells) {
        this.workbook = workbook;
        this.cells = cells;
        this.sheet = workbook.createSheet(NAME);
        SheetLayout.columns(sheet, WIDTHS);
        cells.header(sheet.createRow(0), HEADERS);
    }

    /** Writes the table, most asked first, and the chart of its top rows. */
    void write(List<SkillDemand.Row> demand) {
        int lastRow = 0;
        for (SkillDemand.Row skill : demand) {
            Row row = sheet.createRow(++lastRow);
            int col = 0;
            cells.text(row, col++, skill.skill(), false);
            cells.text(row, col++, skill.category(), false);
            cells.number(row, col++, skill.postings());
            cells.number(row, col++, skill.required());
            cells.number(row, col++, skill.niceToHave());
            cells.number(row, col++, skill.mentioned());
            cells.code(row, col, skill.covered() == null ? null : skill.covered() ? COVERED : LACKING);
        }
        SheetLayout.finish(sheet, lastRow, HEADERS.size() - 1);
        if (!demand.isEmpty()) {
            chart(demand.subList(0, Math.min(CHART_SKILLS, demand.size())));
        }
    }

    private void chart(List<SkillDemand.Row> top) {
        XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(NAME).createDrawingPatriarch();
        int rows = Math.max(CHART_ROWS_MIN, top.size() * 3 / 2 + 4);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_FIRST_COL, CHART_TOP_ROW,
                CHART_FIRST_COL + CHART_COLS, CHART_TOP_ROW + rows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Top " + top.size() + " skills asked for; red: not in your profile");
        chart.setTitleOverlay(false);

        XDDFCategoryAxis skillsAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        // most asked at the top, as in the table
        skillsAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis postingsAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        // at the last skill, which the reversed order puts at the bottom
        postingsAxis.setCrosses(AxisCrosses.MAX);
        postingsAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        postingsAxis.setTitle("Postings asking for it");

        // the values are given as well as the cell ranges: SXSSF's rows are not in memory to be read back
        String[] names = top.stream().map(r -> SafeText.forCell(r.skill())).toArray(String[]::new);
        Integer[] counts = top.stream().map(SkillDemand.Row::postings).toArray(Integer[]::new);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(names, range(SKILL_COL, top.size()));
        XDDFNumericalDataSource<Integer> values = XDDFDataSourcesFactory.fromArray(counts,
                range(POSTINGS_COL, top.size()));

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, skillsAxis, postingsAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
        series.setTitle("Postings", null);
        chart.plot(data);
        for (int i = 0; i < top.size(); i++) {
            Boolean covered = top.get(i).covered();
            byte[] colour = covered == null ? GREY : covered ? GREEN : RED;
            series.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        }
    }

    /** The absolute reference to rows 2.. of one column, e.g. {@code 'Skills demand'!$A$2:$A$21}. */
    private static String range(int col, int rows) {
        CellRangeAddress range = new CellRangeAddress(1, rows, col, col);
        return new CellReference(NAME, range.getFirstRow(), col, true, true).formatAsString() + ":"
                + new CellReference(range.getLastRow(), col, true, true).formatAsString();
    }
}
