package dev.tailor.letter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The Word document every letter is made from, built once with POI: an A4 page with 2.2 cm margins, one sample
 * paragraph per {@link LineStyle} whose text is a marker, and core properties that are markers too. POI writes
 * it as it would write any document; {@link BodyTemplate} and {@link CoreTemplate} then find the markers.
 */
final class DocxPrototype {
    /** The package's entries that differ from letter to letter. */
    static final String DOCUMENT = "word/document.xml";
    static final String CORE_PROPERTIES = "docProps/core.xml";

    /** A4 in twips (twentieths of a point), with 2.2 cm margins. */
    private static final long PAGE_WIDTH = 11906;
    private static final long PAGE_HEIGHT = 16838;
    private static final long MARGIN = 1247;

    private DocxPrototype() {
    }

    /** Every entry of the prototype's package, name to content, in the order POI wrote them. */
    static Map<String, byte[]> entries() {
        try (XWPFDocument document = new XWPFDocument()) {
            pageSetup(document);
            for (LineStyle style : LineStyle.values()) {
                XWPFParagraph paragraph = document.createParagraph();
                XWPFRun run = paragraph.createRun();
                style.apply(paragraph, run);
                run.setText(BodyTemplate.marker(style));
            }
            markCoreProperties(document.getProperties().getCoreProperties());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return unzip(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the prototype Word document", e);
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

    /** Sets every property a letter fills in, so that POI writes each element and the template finds it. */
    private static void markCoreProperties(POIXMLProperties.CoreProperties core) {
        Date sample = Date.from(CoreTemplate.SAMPLE_DATE.atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(sample));
        core.setModified(Optional.of(sample));
        core.setCreator(CoreTemplate.marker(CoreTemplate.Field.AUTHOR));
        core.setLastModifiedByUser(CoreTemplate.marker(CoreTemplate.Field.AUTHOR));
        core.setTitle(CoreTemplate.marker(CoreTemplate.Field.TITLE));
        core.setDescription(CoreTemplate.marker(CoreTemplate.Field.DESCRIPTION));
    }

    private static Map<String, byte[]> unzip(byte[] docx) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return Collections.unmodifiableMap(entries);
    }
}
