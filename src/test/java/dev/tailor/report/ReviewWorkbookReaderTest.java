package dev.tailor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPhoneticRun;
import org.junit.jupiter.api.io.TempDir;

class ReviewWorkbookReaderTest {

    @TempDir
    Path dir;

    private final ReviewWorkbookReader reader = new ReviewWorkbookReader();

    @Test
    void readsNothingFromAWorkbookThatDoesNotExistYet() throws ReviewWorkbookException {
        assertThat(reader.read(dir.resolve("summary.xlsx")).entries()).isEmpty();
    }

    @Test
    void findsTheColumnsByNameWhereverThePersonMovedThem() throws Exception {
        Path xlsx = workbook("Postings",
                row("My shortlist"),
                row(),
                row("Notes", "Company", "Priority", "Status", "ID"),
                row("great team", "Acme", "1", "approved", "1a1a1a1a1a1a"),
                row("", "Globex", "2", "rejected", "2b2b2b2b2b2b"));

        assertThat(reader.read(xlsx).entries()).containsOnly(
                Map.entry("1a1a1a1a1a1a", new ReviewEntry("1a1a1a1a1a1a", "approved", "great team")),
                Map.entry("2b2b2b2b2b2b", new ReviewEntry("2b2b2b2b2b2b", "rejected", null)));
    }

    @Test
    void skipsRowsWithoutAnId() throws Exception {
        Path xlsx = workbook("Postings",
                row("ID", "Status", "Notes"),
                row("", "approved", "orphan note"),
                row("4d4d4d4d4d4d", "sent", ""));

        assertThat(reader.read(xlsx).entries()).containsOnlyKeys("4d4d4d4d4d4d");
    }

    @Test
    void readsEmptyStatusAndNotesAsClearedNotAsUnknown() throws Exception {
        Path xlsx = workbook("Postings",
                row("ID", "Status", "Notes"),
                row("3c3c3c3c3c3c", "", "  "));

        assertThat(reader.read(xlsx).entries())
                .containsEntry("3c3c3c3c3c3c", new ReviewEntry("3c3c3c3c3c3c", null, null));
    }

    @Test
    void saysWhichReviewColumnsTheSheetHas() throws Exception {
        Path xlsx = workbook("Postings", row("ID", "Notes"), row("1a1a1a1a1a1a", "call back"));

        ReviewEdits edits = reader.read(xlsx);

        assertThat(edits.statusColumn()).isFalse();
        assertThat(edits.notesColumn()).isTrue();
    }

    @Test
    void keepsTheFirstRowOfAnIdThatAppearsTwice() throws Exception {
        Path xlsx = workbook("Postings",
                row("ID", "Status", "Notes"),
                row("1a1a1a1a1a1a", "interview", "first"),
                row("1a1a1a1a1a1a", "rejected", "copied row"));

        assertThat(reader.read(xlsx).entries().get("1a1a1a1a1a1a").notes()).isEqualTo("first");
    }

    @Test
    void readsAWorkbookWithoutANotesColumn() throws Exception {
        Path xlsx = workbook("Postings", row("ID", "Status"), row("1a1a1a1a1a1a", "sent"));

        assertThat(reader.read(xlsx).entries()).containsEntry("1a1a1a1a1a1a", new ReviewEntry("1a1a1a1a1a1a", "sent", null));
    }

    @Test
    void readsNotesWithoutTheirPhoneticGuide() throws Exception {
        Path xlsx = dir.resolve("summary.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Postings");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("ID");
            header.createCell(1).setCellValue("Notes");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("1a1a1a1a1a1a");
            XSSFRichTextString notes = new XSSFRichTextString("東京");
            CTPhoneticRun furigana = notes.getCTRst().addNewRPh();
            furigana.setSb(0);
            furigana.setEb(2);
            furigana.setT("トウキョウ");
            row.createCell(1).setCellValue(notes);
            WorkbookFiles.save(workbook, xlsx);
        }

        assertThat(reader.read(xlsx).entries().get("1a1a1a1a1a1a").notes()).isEqualTo("東京");
    }

    @Test
    void refusesAWorkbookWithoutAPostingsSheet() throws Exception {
        Path xlsx = workbook("Sheet1", row("ID", "Status"), row("1a1a1a1a1a1a", "sent"));

        assertThatThrownBy(() -> reader.read(xlsx).entries())
                .isInstanceOf(ReviewWorkbookException.class)
                .hasMessageContaining(xlsx.toString())
                .hasMessageContaining("no sheet named Postings");
    }

    @Test
    void refusesAPostingsSheetWithoutAnIdColumn() throws Exception {
        Path xlsx = workbook("Postings", row("Company", "Status"), row("Acme", "sent"));

        assertThatThrownBy(() -> reader.read(xlsx).entries())
                .isInstanceOf(ReviewWorkbookException.class)
                .hasMessageContaining("no header row with an ID column");
    }

    @Test
    void refusesACorruptWorkbookNamingTheFile() throws Exception {
        Path good = new ReviewWorkbookWriter().write(dir.resolve("good.xlsx"),
                List.of(Postings.done("1a1a1a1a1a1a")), Map.of(), List.of());
        byte[] bytes = Files.readAllBytes(good);
        Path xlsx = dir.resolve("summary.xlsx");
        Files.write(xlsx, Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> reader.read(xlsx).entries())
                .isInstanceOf(ReviewWorkbookException.class)
                .hasMessageStartingWith(xlsx + ": cannot be read as a workbook")
                .satisfies(e -> assertThat(((ReviewWorkbookException) e).file()).isEqualTo(xlsx));
    }

    @Test
    void refusesAFileThatIsNoWorkbook() throws IOException {
        Path xlsx = dir.resolve("summary.xlsx");
        Files.writeString(xlsx, "ID,Status\n1a1a1a1a1a1a,sent\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(xlsx).entries())
                .isInstanceOf(ReviewWorkbookException.class)
                .hasMessageContaining("is not an .xlsx workbook");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path xlsx = Files.createFile(dir.resolve("summary.xlsx"));

        assertThatThrownBy(() -> reader.read(xlsx).entries())
                .isInstanceOf(ReviewWorkbookException.class)
                .hasMessage(xlsx + ": is empty");
    }

    @Test
    void refusesAPasswordProtectedWorkbook() throws Exception {
        Path xlsx = dir.resolve("summary.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
                workbook.createSheet("Postings").createRow(0).createCell(0).setCellValue("ID");
                workbook.write(out);
            }
            try (OutputStream file = Files.newOutputStream(xlsx)) {
                fs.writeFilesystem(file);
            }
        }

        assertThatThrownBy(() -> reader.read(xlsx).entries())
                .isInstanceOf(ReviewWorkbookException.class)
                .hasMessageContaining("is password-protected");
    }

    @Test
    void refusesAZipBomb() throws Exception {
        // a few kilobytes on disk that inflate a thousandfold: POI's ZipSecureFile stops at a ratio of 1:100
        Path xlsx = dir.resolve("summary.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Postings");
            sheet.createRow(0).createCell(0).setCellValue("ID");
            for (int i = 1; i <= 200; i++) {
                sheet.createRow(i).createCell(0).setCellValue("a".repeat(32_000) + i);
            }
            WorkbookFiles.save(workbook, xlsx);
        }

        assertThatThrownBy(() -> reader.read(xlsx).entries())
                .isInstanceOf(ReviewWorkbookException.class)
                .hasMessageContaining("Zip bomb");
    }

    @Test
    void refusesASheetThatDeclaresExternalEntities() throws Exception {
        Path plain = workbook("Postings", row("ID", "Notes"), row("1a1a1a1a1a1a", "placeholder"));
        Path xlsx = dir.resolve("hostile.xlsx");
        String secret = Files.writeString(dir.resolve("secret.txt"), "do not leak").toUri().toString();
        replaceEntry(plain, xlsx, "xl/worksheets/sheet1.xml", xml -> xml
                .replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY leak SYSTEM \"" + secret + "\">]><worksheet")
                .replaceFirst("<c r=\"B2\"[^>]*>.*?</c>", "<c r=\"B2\" t=\"inlineStr\"><is><t>&leak;</t></is></c>"));

        assertThatThrownBy(() -> reader.read(xlsx).entries())
                .isInstanceOf(ReviewWorkbookException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("summary.xlsx"));

        assertThatThrownBy(() -> reader.read(folder).entries())
                .isInstanceOf(ReviewWorkbookException.class)
                .hasMessage(folder + ": is not a file");
    }

    /** Copies a workbook, rewriting one of its XML parts. */
    private static void replaceEntry(Path from, Path to, String entry, UnaryOperator<String> edit) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    private static String[] row(String... cells) {
        return cells;
    }

    private Path workbook(String sheetName, String[]... rows) throws IOException {
        Path xlsx = dir.resolve("summary.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            WorkbookFiles.save(workbook, xlsx);
        }
        return xlsx;
    }
}
