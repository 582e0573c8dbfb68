package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.TailorApplication;
import dev.tailor.cli.TailorCli;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A workbook the person has that tailor cannot read (corrupt, password-protected, a zip bomb) is never
 * overwritten: the run finishes, leaves it byte for byte as it was, and writes the new workbook beside it.
 */
class UnreadableWorkbookTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"corrupt", "encrypted", "zip-bomb"})
    void anUnreadableWorkbookIsLeftAsItIsAndANewOneWrittenBeside(String kind) throws Exception {
        SampleWorkspace workspace = SampleWorkspace.copyInto(tmp);
        Files.createDirectories(workspace.out());
        Path workbook = workspace.out().resolve("summary.xlsx");
        write(kind, workbook);
        byte[] before = Files.readAllBytes(workbook);
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new TailorCli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone(),
                new PipelineLauncher(TailorApplication.class)).execute(workspace.runArgs());

        assertThat(exit).isZero();
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("summary.xlsx", "written to");
        try (Stream<Path> files = Files.list(workspace.out())) {
            Path beside = files.filter(f -> f.getFileName().toString().matches("summary-\\d{8}-\\d{6}(-\\d+)?\\.xlsx"))
                    .findFirst().orElseThrow();
            try (XSSFWorkbook fresh = new XSSFWorkbook(beside.toFile())) {
                assertThat(fresh.getSheet("Postings").getLastRowNum()).isEqualTo(workspace.postingFiles().size() - 1);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void statusTypedIntoTheCopyBesideAnUnreadableWorkbookIsKept() throws Exception {
        SampleWorkspace workspace = SampleWorkspace.copyInto(tmp);
        Files.createDirectories(workspace.out());
        write("corrupt", workspace.out().resolve("summary.xlsx"));
        assertThat(run(workspace)).isZero();
        Path copy = besideCopies(workspace).get(0);
        String id;
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(copy))) {
            org.apache.poi.ss.usermodel.Row row = book.getSheet("Postings").getRow(1);
            id = row.getCell(0).getStringCellValue();
            int status = columnOf(book.getSheet("Postings").getRow(0), "Status");
            // replaced, not overwritten: POI keeps an inline string's old text on setCellValue (Excel rewrites it)
            row.removeCell(row.getCell(status));
            row.createCell(status).setCellValue("interview");
            try (OutputStream out = Files.newOutputStream(copy)) {
                book.write(out);
            }
        }
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 1000));

        Thread.sleep(1100); // the next copy gets a later name (its name has the second it was written)
        assertThat(run(workspace)).isZero();

        Path newest = besideCopies(workspace).get(besideCopies(workspace).size() - 1);
        assertThat(newest).isNotEqualTo(copy);
        try (XSSFWorkbook book = new XSSFWorkbook(newest.toFile())) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("Postings");
            int status = columnOf(sheet.getRow(0), "Status");
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getCell(0).getStringCellValue().equals(id)) {
                    assertThat(row.getCell(status).getStringCellValue()).isEqualTo("interview");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    private static int run(SampleWorkspace workspace) {
        return new TailorCli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemDefaultZone(),
                new PipelineLauncher(TailorApplication.class)).execute(workspace.runArgs());
    }

    private static java.util.List<Path> besideCopies(SampleWorkspace workspace) throws Exception {
        try (Stream<Path> files = Files.list(workspace.out())) {
            return files.filter(f -> f.getFileName().toString().matches("summary-\\d{8}-\\d{6}(-\\d+)?\\.xlsx"))
                    .sorted().toList();
        }
    }

    private static int columnOf(org.apache.poi.ss.usermodel.Row header, String name) {
        for (org.apache.poi.ss.usermodel.Cell cell : header) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static void write(String kind, Path workbook) throws Exception {
        switch (kind) {
            case "corrupt" -> Files.write(workbook, "PK\u0003\u0004 this is not a workbook".getBytes(StandardCharsets.UTF_8));
            case "encrypted" -> {
                try (POIFSFileSystem fs = new POIFSFileSystem()) {
                    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
                    Encryptor encryptor = info.getEncryptor();
                    encryptor.confirmPassword("secret");
                    try (XSSFWorkbook plain = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
                        plain.createSheet("Postings").createRow(0).createCell(0).setCellValue("ID");
                        plain.write(out);
                    }
                    try (OutputStream out = Files.newOutputStream(workbook)) {
                        fs.writeFilesystem(out);
                    }
                }
            }
            case "zip-bomb" -> {
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(workbook))) {
                    zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                    zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
                    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 300; i++) {
                        zip.write(spaces);
                    }
                    zip.closeEntry();
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }
}
