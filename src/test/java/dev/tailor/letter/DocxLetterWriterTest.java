package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.posting.Posting;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxLetterWriterTest {
    private static Letter letter;
    private final DocxLetterWriter writer = new DocxLetterWriter();

    @BeforeAll
    static void render() {
        letter = new LetterRenderer(LetterFixtures.templates()).render(LetterFixtures.enterprisePosting(),
                LetterFixtures.enterpriseAnalysis(), LetterFixtures.seniorProfile(), LetterFixtures.enterpriseTailoring(),
                LetterFixtures.DATE);
    }

    @Test
    void documentOpensAgainAndHoldsTheBodyParagraphs(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("letter.docx");
        Files.write(file, write());

        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(file))) {
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).containsSubsequence(letter.paragraphs());
        }
    }

    @Test
    void fileOpensThroughTheZipDirectoryToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("letter.docx");
        Files.write(file, write());

        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).contains("[Content_Types].xml", "word/document.xml");
        }
        try (XWPFDocument document = new XWPFDocument(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText))
                    .containsSubsequence(letter.paragraphs());
        }
    }

    @Test
    void documentHasHeaderDateCompanyRoleSalutationAndSignOff() throws IOException {
        try (XWPFDocument document = open(write())) {
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();

            assertThat(texts).containsSubsequence("Inês Carvalho",
                    "ines.carvalho@example.org  ·  Utrecht, Netherlands  ·  https://github.com/ines-carvalho  ·  "
                            + "https://ines-carvalho.dev",
                    "14 March 2025", "Castellan Insurance Group", "Re: Senior Backend Engineer, Claims Platform",
                    "Dear Castellan Insurance Group hiring team,", "Kind regards,", "Inês Carvalho");
            assertThat(String.join("\n", texts)).doesNotContainIgnoringCase("null");
        }
    }

    @Test
    void nameIsBoldAndLargerThanTheBody() throws IOException {
        try (XWPFDocument document = open(write())) {
            var name = document.getParagraphs().get(0).getRuns().get(0);
            var body = document.getParagraphs().stream().filter(p -> p.getText().equals(letter.paragraphs().get(0)))
                    .findFirst().orElseThrow().getRuns().get(0);

            assertThat(name.isBold()).isTrue();
            assertThat(name.getFontSizeAsDouble()).isGreaterThan(body.getFontSizeAsDouble());
        }
    }

    @Test
    void documentDatesComeFromTheLetterDate() throws IOException {
        try (XWPFDocument document = open(write())) {
            Date expected = Date.from(LetterFixtures.DATE.atStartOfDay(ZoneOffset.UTC).toInstant());

            assertThat(document.getProperties().getCoreProperties().getCreated()).isEqualTo(expected);
            assertThat(document.getProperties().getCoreProperties().getModified()).isEqualTo(expected);
        }
    }

    @Test
    void sameLetterGivesIdenticalBytes() throws InterruptedException {
        byte[] first = write();
        Thread.sleep(1100);

        assertThat(write()).isEqualTo(first);
    }

    @Test
    void anotherDateGivesOtherBytes() {
        assertThat(writer.write(letter, LetterFixtures.seniorProfile(), LetterFixtures.enterprisePosting(),
                LocalDate.of(2025, 3, 15))).isNotEqualTo(write());
    }

    @Test
    void everyKindOfLineHasItsFontSizeWeightAndSpacing() throws IOException {
        try (XWPFDocument document = open(write())) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            XWPFParagraph body = paragraphs.stream().filter(p -> p.getText().equals(letter.paragraphs().get(0)))
                    .findFirst().orElseThrow();
            XWPFParagraph closing = paragraphs.stream().filter(p -> p.getText().equals("Kind regards,"))
                    .findFirst().orElseThrow();

            assertThat(paragraphs).allSatisfy(p -> {
                assertThat(p.getRuns()).hasSize(1);
                assertThat(p.getRuns().get(0).getFontFamily()).isEqualTo("Georgia");
            });
            assertLine(paragraphs.get(0), 18, true, -1, 60);
            assertLine(paragraphs.get(1), 10, false, -1, 0);
            assertThat(paragraphs.get(1).getRuns().get(0).getColor()).isEqualTo("444444");
            assertThat(paragraphs.get(1).getBorderBottom()).isEqualTo(Borders.SINGLE);
            assertLine(paragraphs.get(2), 11, false, 360, 160);
            assertLine(paragraphs.get(3), 11, false, -1, 0);
            assertLine(paragraphs.get(4), 11, true, -1, 360);
            assertLine(paragraphs.get(5), 11, false, -1, 160);
            assertLine(body, 11, false, -1, 160);
            assertThat(body.getSpacingBetween()).isEqualTo(1.15);
            assertLine(closing, 11, false, 160, 360);
            assertLine(paragraphs.get(paragraphs.size() - 1), 11, false, -1, 0);
            assertThat(paragraphs).filteredOn(p -> p.getBorderBottom() != Borders.NONE).hasSize(1);
        }
    }

    @Test
    void pageIsA4WithMarginsOf22Millimetres() throws IOException {
        try (XWPFDocument document = open(write())) {
            CTSectPr section = document.getDocument().getBody().getSectPr();

            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(List.of(section.getPgMar().getTop(), section.getPgMar().getBottom(), section.getPgMar().getLeft(),
                    section.getPgMar().getRight())).containsOnly(BigInteger.valueOf(1247));
        }
    }

    @Test
    void propertiesNameTheCandidateTheRoleAndTheLength() throws IOException {
        try (XWPFDocument document = open(write())) {
            var core = document.getProperties().getCoreProperties();

            assertThat(core.getCreator()).isEqualTo("Inês Carvalho");
            assertThat(core.getLastModifiedByUser()).isEqualTo("Inês Carvalho");
            assertThat(core.getTitle())
                    .isEqualTo("Cover letter: Senior Backend Engineer, Claims Platform, Castellan Insurance Group");
            assertThat(core.getDescription()).isEqualTo(letter.words() + " words");
        }
    }

    @Test
    void everyEntryOfThePackageIsStampedWithTheLetterDate() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(write()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(LetterFixtures.DATE.atStartOfDay());
            }
        }
        assertThat(names).startsWith("[Content_Types].xml").contains("word/document.xml", "docProps/core.xml")
                .doesNotHaveDuplicates();
    }

    @Test
    void hostileTextIsEscapedAndReadsBackAsWritten() throws Exception {
        String emoji = "\uD83D\uDE00";
        String hostile = "  <w:p>Tom & Jerry</w:p> ]]> &amp; bell\u0007 nul\u0000 " + emoji + " lone\uD800 end  ";
        String expected = "  <w:p>Tom & Jerry</w:p> ]]> &amp; bell  nul  " + emoji + " lone  end  ";
        Letter withHostileText = new Letter(letter.markdown(), List.of(letter.paragraphs().get(0), hostile),
                letter.html(), letter.words(), letter.lint(), letter.atsCoverage());
        Posting posting = LetterFixtures.withCompany(LetterFixtures.enterprisePosting(), "A&B\u0001<Ltd> ]]>");

        byte[] docx = writer.write(withHostileText, LetterFixtures.seniorProfile(), posting, LetterFixtures.DATE);

        String documentXml = entry(docx, "word/document.xml");
        assertThat(documentXml).contains("<w:t xml:space=\"preserve\">  &lt;w:p&gt;Tom &amp; Jerry&lt;/w:p&gt; ]]&gt; "
                + "&amp;amp; bell  nul  " + emoji + " lone  end  </w:t>");
        for (String part : List.of(documentXml, entry(docx, "docProps/core.xml"))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(part.getBytes(StandardCharsets.UTF_8)));
        }
        try (XWPFDocument document = open(docx); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains(expected, "A&B <Ltd> ]]>");
            assertThat(document.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Cover letter: Senior Backend Engineer, Claims Platform, A&B <Ltd> ]]>");
            assertThat(extractor.getText()).contains(expected, letter.paragraphs().get(0));
        }
    }

    @Test
    void textWithoutOuterSpacesIsNotMarkedPreserved() throws IOException {
        String documentXml = entry(write(), "word/document.xml");

        assertThat(documentXml).doesNotContain("xml:space").contains("<w:t>14 March 2025</w:t>");
    }

    @Test
    void threadsWritingAtOnceGetTheSameBytesAsOneThread() throws Exception {
        byte[] alone = write();
        byte[] other = writer.write(letter, LetterFixtures.seniorProfile(), LetterFixtures.enterprisePosting(),
                LocalDate.of(2025, 3, 15));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean first = i % 2 == 0;
                results.add(pool.submit(() -> java.util.Arrays.equals(first ? write()
                        : writer.write(letter, LetterFixtures.seniorProfile(), LetterFixtures.enterprisePosting(),
                                LocalDate.of(2025, 3, 15)), first ? alone : other)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertLine(XWPFParagraph paragraph, int points, boolean bold, int before, int after) {
        XWPFRun run = paragraph.getRuns().get(0);
        assertThat(run.getFontSizeAsDouble()).as(paragraph.getText()).isEqualTo(points);
        assertThat(run.isBold()).as(paragraph.getText()).isEqualTo(bold);
        assertThat(paragraph.getSpacingBefore()).as(paragraph.getText()).isEqualTo(before);
        assertThat(paragraph.getSpacingAfter()).as(paragraph.getText()).isEqualTo(after);
    }

    private static String entry(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the package");
    }

    private byte[] write() {
        return writer.write(letter, LetterFixtures.seniorProfile(), LetterFixtures.enterprisePosting(),
                LetterFixtures.DATE);
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }
}
