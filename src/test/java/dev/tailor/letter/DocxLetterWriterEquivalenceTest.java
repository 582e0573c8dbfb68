package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.posting.Posting;
import dev.tailor.posting.PostingReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The prototype-filling writer makes the same document as building each letter with POI did
 * ({@link PoiDocxLetterWriter}): read back with POI, every paragraph has the same text, font, size, weight,
 * colour, spacing and border, the page and the properties are the same, and so is the extracted text. Run on the
 * letters of every sample posting (the chain of {@link SampleLettersTest}) and on the two fixture letters.
 */
class DocxLetterWriterEquivalenceTest {
    private static final DocxLetterWriter FAST = new DocxLetterWriter();
    private static final PoiDocxLetterWriter POI = new PoiDocxLetterWriter();

    /** What a reader of the document sees of one paragraph. */
    private record Look(String text, String font, Double points, boolean bold, String colour, int before, int after,
                        double between, Borders bottom) {
        static Look of(XWPFParagraph paragraph) {
            XWPFRun run = paragraph.getRuns().get(0);
            return new Look(paragraph.getText(), run.getFontFamily(), run.getFontSizeAsDouble(), run.isBold(),
                    run.getColor(), paragraph.getSpacingBefore(), paragraph.getSpacingAfter(),
                    paragraph.getSpacingBetween(), paragraph.getBorderBottom());
        }
    }

    @BeforeAll
    static void chain() throws Exception {
        SampleLettersTest.chain();
    }

    static Stream<String> samples() throws IOException {
        return SampleLettersTest.samples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleLetterLooksAsPoiMadeIt(String file) throws Exception {
        Letter letter = SampleLettersTest.letterFor(file);
        if (letter == null) {
            return;
        }
        Path path = SampleLettersTest.POSTINGS.resolve(file);
        Posting posting = new PostingReader().read(path, Files.readAllBytes(path), "data/postings/" + file);

        assertSameDocument(FAST.write(letter, SampleLettersTest.profile, posting, SampleLettersTest.DATE),
                POI.write(letter, SampleLettersTest.profile, posting, SampleLettersTest.DATE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureNames")
    void fixtureLetterLooksAsPoiMadeIt(String name) throws Exception {
        boolean startup = name.equals("startup");
        Posting posting = startup ? LetterFixtures.startupPosting() : LetterFixtures.enterprisePosting();
        var profile = startup ? LetterFixtures.midProfile() : LetterFixtures.seniorProfile();
        Letter letter = new LetterRenderer(LetterFixtures.templates()).render(posting,
                startup ? LetterFixtures.startupAnalysis() : LetterFixtures.enterpriseAnalysis(), profile,
                startup ? LetterFixtures.startupTailoring() : LetterFixtures.enterpriseTailoring(), LetterFixtures.DATE);

        assertSameDocument(FAST.write(letter, profile, posting, LetterFixtures.DATE),
                POI.write(letter, profile, posting, LetterFixtures.DATE));
    }

    static Stream<String> fixtureNames() {
        return Stream.of("startup", "enterprise");
    }

    private static void assertSameDocument(byte[] fast, byte[] poi) throws IOException {
        try (XWPFDocument actual = new XWPFDocument(new ByteArrayInputStream(fast));
             XWPFDocument expected = new XWPFDocument(new ByteArrayInputStream(poi))) {
            List<Look> actualLooks = actual.getParagraphs().stream().map(Look::of).toList();
            List<Look> expectedLooks = expected.getParagraphs().stream().map(Look::of).toList();
            assertThat(actualLooks).isEqualTo(expectedLooks);
            assertThat(actual.getDocument().getBody().getSectPr().xmlText())
                    .isEqualTo(expected.getDocument().getBody().getSectPr().xmlText());
            var actualCore = actual.getProperties().getCoreProperties();
            var expectedCore = expected.getProperties().getCoreProperties();
            assertThat(List.of(actualCore.getCreator(), actualCore.getLastModifiedByUser(), actualCore.getTitle(),
                    actualCore.getDescription(), actualCore.getCreated(), actualCore.getModified()))
                    .isEqualTo(List.of(expectedCore.getCreator(), expectedCore.getLastModifiedByUser(),
                            expectedCore.getTitle(), expectedCore.getDescription(), expectedCore.getCreated(),
                            expectedCore.getModified()));
            try (XWPFWordExtractor actualText = new XWPFWordExtractor(actual);
                 XWPFWordExtractor expectedText = new XWPFWordExtractor(expected)) {
                assertThat(actualText.getText()).isEqualTo(expectedText.getText());
            }
        }
    }
}
