package dev.tailor.letter;

import dev.tailor.posting.Posting;
import dev.tailor.profile.CandidateProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The Word writer as it was before issue 9: every letter built as a POI document, serialised by XmlBeans and
 * re-zipped for fixed timestamps. Kept unchanged as the oracle the faster {@link DocxLetterWriter} is compared
 * with (same paragraphs, same formatting) and as the benchmark's baseline; not used by tailor itself.
 */
public final class PoiDocxLetterWriter {
    private static final String FONT = "Georgia";
    private static final int BODY_POINTS = 11;
    private static final int NAME_POINTS = 18;
    private static final int CONTACT_POINTS = 10;
    private static final String CONTACT_COLOUR = "444444";
    /** Spacing is in twentieths of a point (twips): 160 = 8 pt. */
    private static final int PARAGRAPH_GAP = 160;
    private static final int SECTION_GAP = 360;
    /** A4 in twips, with 2.2 cm margins. */
    private static final long PAGE_WIDTH = 11906;
    private static final long PAGE_HEIGHT = 16838;
    private static final long MARGIN = 1247;
    private static final double LINE_SPACING = 1.15;

    /**
     * Builds the document.
     *
     * @param letter  the rendered letter; its Markdown supplies the salutation and the sign-off
     * @param date    the date printed on the letter, also used as the document's creation date
     * @return the bytes of a .docx file
     */
    public byte[] write(Letter letter, CandidateProfile profile, Posting posting, LocalDate date) {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(posting, "posting");
        Objects.requireNonNull(date, "date");
        LetterLayout layout = LetterLayout.of(letter.markdown(), letter.paragraphs(), posting.company(), profile.name());
        try (XWPFDocument document = new XWPFDocument()) {
            pageSetup(document);
            header(document, profile);
            XWPFParagraph dateLine = text(document, LetterModel.DATE.format(date), BODY_POINTS);
            dateLine.setSpacingBefore(SECTION_GAP);
            dateLine.setSpacingAfter(PARAGRAPH_GAP);
            text(document, LetterModel.clean(posting.company()), BODY_POINTS);
            XWPFParagraph re = text(document, "Re: " + LetterModel.clean(posting.title()), BODY_POINTS);
            re.getRuns().get(0).setBold(true);
            re.setSpacingAfter(SECTION_GAP);
            text(document, layout.salutation(), BODY_POINTS).setSpacingAfter(PARAGRAPH_GAP);
            for (String paragraph : letter.paragraphs()) {
                XWPFParagraph body = text(document, paragraph, BODY_POINTS);
                body.setSpacingAfter(PARAGRAPH_GAP);
                body.setSpacingBetween(LINE_SPACING, LineSpacingRule.AUTO);
            }
            List<String> signOff = layout.signOff();
            for (int i = 0; i < signOff.size(); i++) {
                XWPFParagraph line = text(document, signOff.get(i), BODY_POINTS);
                if (i == 0) {
                    line.setSpacingBefore(PARAGRAPH_GAP);
                    line.setSpacingAfter(SECTION_GAP);
                }
            }
            properties(document, letter, profile, posting, date);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return withFixedTimestamps(out.toByteArray(), date);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the Word document for posting " + posting.id(), e);
        }
    }

    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
    }

    private static void header(XWPFDocument document, CandidateProfile profile) {
        XWPFParagraph name = text(document, LetterModel.clean(profile.name()), NAME_POINTS);
        name.getRuns().get(0).setBold(true);
        name.setSpacingAfter(60);
        List<String> contact = new ArrayList<>();
        for (String item : new String[] {profile.email(), profile.phone(), profile.location()}) {
            if (!LetterModel.clean(item).isEmpty()) {
                contact.add(LetterModel.clean(item));
            }
        }
        profile.links().stream().map(LetterModel::clean).filter(s -> !s.isEmpty()).forEach(contact::add);
        XWPFParagraph line = text(document, String.join("  ·  ", contact), CONTACT_POINTS);
        line.getRuns().get(0).setColor(CONTACT_COLOUR);
        line.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
    }

    private static XWPFParagraph text(XWPFDocument document, String text, int points) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setText(text);
        return paragraph;
    }

    private static void properties(XWPFDocument document, Letter letter, CandidateProfile profile, Posting posting,
                                   LocalDate date) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        Date created = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(created));
        core.setModified(Optional.of(created));
        core.setCreator(LetterModel.clean(profile.name()));
        core.setLastModifiedByUser(LetterModel.clean(profile.name()));
        core.setTitle("Cover letter: " + LetterModel.clean(posting.title()) + ", " + LetterModel.clean(posting.company()));
        core.setDescription(letter.words() + " words");
    }

    /**
     * Copies the package with every entry stamped with the letter's date: the zip format stores a time per
     * entry, and the time of writing would make each run's bytes differ.
     */
    private static byte[] withFixedTimestamps(byte[] docx, LocalDate date) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                // Local time: the same bytes in every time zone.
                copy.setTimeLocal(date.atStartOfDay());
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
