package dev.tailor.report;

import static dev.tailor.report.WorkbookFiles.cell;
import static dev.tailor.report.WorkbookFiles.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Skills demand sheet: what the postings ask for, against what the profile has, with its chart. */
class WorkbookSkillsDemandTest {

    private static final Set<String> PROFILE = Set.of("java", "Spring Boot");

    @TempDir
    Path dir;

    @Test
    void comesRightAfterThePostingsSheet() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(posting("1", skill("Java", "required"))))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Postings");
            assertThat(workbook.getSheetName(1)).isEqualTo("Skills demand");
            assertThat(workbook.getSheetName(2)).isEqualTo("Skipped");
            assertThat(workbook.getSheetName(3)).isEqualTo("Runs");
        }
    }

    @Test
    void countsPostingsPerSkillByLevelAndSaysWhetherTheProfileHasIt() throws IOException {
        List<PostingRecord> postings = List.of(
                posting("1", skill("Java", "required"), skill("Kubernetes", "required")),
                posting("2", skill("Java", "nice-to-have"), skill("Kubernetes", "mentioned")),
                posting("3", skill("Kubernetes", "nice-to-have")));

        try (XSSFWorkbook workbook = write(postings)) {
            Sheet sheet = workbook.getSheet("Skills demand");
            assertThat(WorkbookFiles.headers(sheet)).containsExactly("Skill", "Category", "Postings", "Required",
                    "Nice to have", "Mentioned", "In your profile");
            assertThat(rowValues(sheet, 1)).containsExactly("Kubernetes", "technology", "3", "1", "1", "1", "no");
            assertThat(rowValues(sheet, 2)).containsExactly("Java", "technology", "2", "1", "1", "0", "yes");
            assertThat(cell(sheet, 1, "Postings").getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void countsASkillOncePerPostingAtItsStrongestLevel() throws IOException {
        PostingRecord twice = posting("1", skill("Java", "mentioned"), skill("Java", "required"));

        try (XSSFWorkbook workbook = write(List.of(twice))) {
            assertThat(rowValues(workbook.getSheet("Skills demand"), 1))
                    .containsExactly("Java", "technology", "1", "1", "0", "0", "yes");
        }
    }

    @Test
    void leavesSkippedPostingsOutOfTheCount() throws IOException {
        PostingRecord skipped = Postings.skipped("0f", "data/postings/menu.html", "not a job posting");

        try (XSSFWorkbook workbook = write(List.of(skipped, posting("1", skill("Go", "required"))))) {
            assertThat(workbook.getSheet("Skills demand").getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void leavesTheProfileColumnEmptyWhenTheProfileIsNotKnown() throws IOException {
        Path xlsx = new ReviewWorkbookWriter().write(dir.resolve("summary.xlsx"),
                List.of(posting("1", skill("Go", "required"))), Map.of(), List.of());

        try (XSSFWorkbook workbook = WorkbookFiles.open(xlsx)) {
            assertThat(cell(workbook.getSheet("Skills demand"), 1, "In your profile")).isNull();
        }
    }

    @Test
    void chartsTheTopTwentySkillsAsHorizontalBars() throws IOException {
        List<PostingRecord> postings = new ArrayList<>();
        for (int n = 0; n < 25; n++) {
            // skill n is asked for by n + 1 postings, so the top twenty are skills 24 down to 5
            for (int p = 0; p <= n; p++) {
                postings.add(posting(n + "-" + p, skill("Skill " + n, "required")));
            }
        }

        try (XSSFWorkbook workbook = write(postings)) {
            XSSFSheet sheet = workbook.getSheet("Skills demand");
            assertThat(sheet.getLastRowNum()).isEqualTo(25);
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            List<XDDFChartData> data = charts.get(0).getChartSeries();
            assertThat(data).singleElement().isInstanceOf(XDDFBarChartData.class);
            XDDFBarChartData bars = (XDDFBarChartData) data.get(0);
            assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
            XDDFChartData.Series series = bars.getSeries(0);
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(20);
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("'Skills demand'!$A$2:$A$21");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("'Skills demand'!$C$2:$C$21");
            assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("Skill 24");
            assertThat(series.getValuesData().getPointAt(0)).isEqualTo(25d);
        }
    }

    @Test
    void coloursTheBarsOfSkillsTheProfileLacksRed() throws IOException {
        List<PostingRecord> postings = List.of(
                posting("1", skill("Kubernetes", "required"), skill("Java", "required")),
                posting("2", skill("Kubernetes", "required")));

        try (XSSFWorkbook workbook = write(postings)) {
            XDDFBarChartData bars = (XDDFBarChartData) workbook.getSheet("Skills demand").getDrawingPatriarch()
                    .getCharts().get(0).getChartSeries().get(0);
            var points = ((XDDFBarChartData.Series) bars.getSeries(0)).getCTBarSer().getDPtArray();
            assertThat(points).extracting(p -> p.getSpPr().getSolidFill().getSrgbClr().getVal())
                    .containsExactly(new byte[] {(byte) 0xF8, 0x69, 0x6B}, new byte[] {0x63, (byte) 0xBE, 0x7B});
        }
    }

    @Test
    void drawsNoChartWhenNoPostingAsksForAnything() throws IOException {
        try (XSSFWorkbook workbook = write(List.of())) {
            XSSFSheet sheet = workbook.getSheet("Skills demand");
            assertThat(sheet.getLastRowNum()).isZero();
            assertThat(sheet.getDrawingPatriarch()).isNull();
        }
    }

    @Test
    void freezesAndFiltersTheTable() throws IOException {
        try (XSSFWorkbook workbook = write(List.of(posting("1", skill("Go", "required"))))) {
            XSSFSheet sheet = workbook.getSheet("Skills demand");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G2");
        }
    }

    private XSSFWorkbook write(List<PostingRecord> postings) throws IOException {
        Path xlsx = new ReviewWorkbookWriter().write(dir.resolve("summary.xlsx"), postings, Map.of(), List.of(),
                PROFILE);
        return WorkbookFiles.open(xlsx);
    }

    private static List<String> rowValues(Sheet sheet, int row) {
        List<String> values = new ArrayList<>();
        for (int col = 0; col < 7; col++) {
            values.add(shown(sheet.getRow(row).getCell(col)));
        }
        return values;
    }

    private static PostingRecord.Skill skill(String name, String level) {
        return new PostingRecord.Skill(name, "technology", level.equals("required"), level, 1);
    }

    private static PostingRecord posting(String id, PostingRecord.Skill... skills) {
        PostingRecord p = Postings.done(id);
        return new PostingRecord(p.id(), p.source(), p.status(), p.reason(), p.title(), p.company(), p.location(),
                p.remote(), p.seniority(), List.of(skills), p.signals(), p.score(), p.matched(), p.missing(),
                p.achievements(), p.opening(), p.letter(), p.words(), p.lint(), p.atsCoverage(), p.state(),
                p.firstSeen(), p.lastSeen());
    }
}
