package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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

    private byte[] write() {
        return writer.write(letter, LetterFixtures.seniorProfile(), LetterFixtures.enterprisePosting(),
                LetterFixtures.DATE);
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }
}
