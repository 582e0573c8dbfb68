package dev.tailor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a new workbook takes the place of the old one without losing it. */
class WorkbookReplacementTest {

    private static final Clock NIGHT = Clock.fixed(Instant.parse("2025-03-15T02:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ReviewWorkbookWriter writer = new ReviewWorkbookWriter(NIGHT);

    @Test
    void keepsThePreviousWorkbookAsBak() throws IOException {
        Path xlsx = dir.resolve("summary.xlsx");
        writer.write(xlsx, List.of(Postings.done("1a1a1a1a1a1a")), Map.of(), List.of());
        byte[] first = Files.readAllBytes(xlsx);

        Path written = writer.write(xlsx, List.of(Postings.done("2b2b2b2b2b2b")), Map.of(), List.of());

        assertThat(written).isEqualTo(xlsx);
        assertThat(dir.resolve("summary.xlsx.bak")).hasBinaryContent(first);
        try (XSSFWorkbook workbook = WorkbookFiles.open(xlsx)) {
            assertThat(WorkbookFiles.shown(WorkbookFiles.cell(workbook.getSheet("Postings"), 1, "ID")))
                    .isEqualTo("2b2b2b2b2b2b");
        }
    }

    @Test
    void makesNoBakOnTheFirstRun() throws IOException {
        Path written = writer.write(dir.resolve("out/summary.xlsx"), List.of(), Map.of(), List.of());

        assertThat(written).exists();
        assertThat(dir.resolve("out/summary.xlsx.bak")).doesNotExist();
    }

    @Test
    void writesBesideAWorkbookThatCannotBeReplaced() throws IOException {
        // a non-empty folder in the workbook's place cannot be renamed over, like a file Excel holds open
        Path xlsx = dir.resolve("summary.xlsx");
        Files.createDirectories(xlsx.resolve("locked"));

        Path written = writer.write(xlsx, List.of(Postings.done("1a1a1a1a1a1a")), Map.of(), List.of());

        assertThat(written).isEqualTo(dir.resolve("summary-20250315-023000.xlsx"));
        assertThat(xlsx.resolve("locked")).isDirectory();
        try (XSSFWorkbook workbook = WorkbookFiles.open(written)) {
            assertThat(workbook.getSheet("Postings").getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void numbersASecondFallbackInTheSameSecond() throws IOException {
        Path xlsx = dir.resolve("summary.xlsx");
        Files.createDirectories(xlsx.resolve("locked"));
        writer.write(xlsx, List.of(), Map.of(), List.of());

        Path second = writer.write(xlsx, List.of(), Map.of(), List.of());

        assertThat(second).isEqualTo(dir.resolve("summary-20250315-023000-2.xlsx"));
        assertThat(dir.resolve("summary-20250315-023000.xlsx")).exists();
    }

    @Test
    void leavesTheOldWorkbookAloneWhenItCannotBeBackedUp() throws IOException {
        Path xlsx = dir.resolve("summary.xlsx");
        writer.write(xlsx, List.of(Postings.done("1a1a1a1a1a1a")), Map.of(), List.of());
        byte[] old = Files.readAllBytes(xlsx);
        Files.createDirectories(dir.resolve("summary.xlsx.bak/locked"));

        Path written = writer.write(xlsx, List.of(Postings.done("2b2b2b2b2b2b")), Map.of(), List.of());

        assertThat(written).isEqualTo(dir.resolve("summary-20250315-023000.xlsx"));
        assertThat(xlsx).hasBinaryContent(old);
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        Path xlsx = dir.resolve("summary.xlsx");
        writer.write(xlsx, List.of(Postings.done("1a1a1a1a1a1a")), Map.of(), List.of());

        writer.write(xlsx, List.of(Postings.done("2b2b2b2b2b2b")), Map.of(), List.of());

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("summary.xlsx",
                    "summary.xlsx.bak");
        }
    }
}
