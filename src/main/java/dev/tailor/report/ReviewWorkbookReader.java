package dev.tailor.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the person's Status and Notes back from a review workbook, so the next workbook keeps them.
 *
 * <p>Finds the sheet "Postings" and its {@code ID}, {@code Status} and {@code Notes} columns by name, so the person
 * may re-order, add or delete columns, and sort, filter or delete rows. Streams the sheet (POI's event API), so a
 * workbook of 100,000 rows reads in a small heap. The file may have been edited by anyone: POI's zip-bomb limits
 * ({@code ZipSecureFile}) stay at their defaults and its XML parser refuses external entities.
 */
public final class ReviewWorkbookReader {

    /**
     * Returns the Status and Notes of every posting id in the workbook (empty cells as null), or
     * {@link ReviewEdits#NONE} when {@code xlsx} does not exist yet.
     *
     * @throws ReviewWorkbookException when the file exists but cannot be read: corrupt, password-protected, not an
     *                                 .xlsx workbook, too suspicious to open, or without a Postings sheet with an
     *                                 ID column. The caller should then not overwrite it without a copy.
     */
    public ReviewEdits read(Path xlsx) throws ReviewWorkbookException {
        Objects.requireNonNull(xlsx, "xlsx");
        if (!Files.exists(xlsx)) {
            return ReviewEdits.NONE;
        }
        if (!Files.isRegularFile(xlsx)) {
            throw new ReviewWorkbookException(xlsx, "is not a file");
        }
        checkIsXlsx(xlsx);
        XMLReader parser = secureParser();
        try {
            OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
            try {
                // without phonetic runs: Excel's reading guides (furigana) are not part of what the person typed
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                return readPostingsSheet(xlsx, new XSSFReader(pkg), strings, parser);
            } finally {
                // revert, not close: close() is for saving, and warns on a read-only package
                pkg.revert();
            }
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            // POI reports a broken or hostile file with checked and unchecked exceptions alike (POIXMLException,
            // NotOfficeXmlFileException, RecordFormatException, "Zip bomb detected" IOExceptions): all mean the same
            throw new ReviewWorkbookException(xlsx, "cannot be read as a workbook (" + describe(e) + ")", e);
        }
    }

    private static ReviewEdits readPostingsSheet(Path xlsx, XSSFReader reader,
            ReadOnlySharedStringsTable strings, XMLReader parser) throws IOException, OpenXML4JException, SAXException,
            ReviewWorkbookException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                if (sheets.getSheetName().equalsIgnoreCase(PostingsSheet.NAME)) {
                    ReviewSheetHandler handler = new ReviewSheetHandler();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, handler,
                            new DataFormatter(), false));
                    parser.parse(new InputSource(sheet));
                    if (!handler.headerFound()) {
                        throw new ReviewWorkbookException(xlsx,
                                "the " + PostingsSheet.NAME + " sheet has no header row with an ID column");
                    }
                    return new ReviewEdits(handler.entries(), handler.hasStatusColumn(), handler.hasNotesColumn());
                }
            }
        }
        throw new ReviewWorkbookException(xlsx, "has no sheet named " + PostingsSheet.NAME);
    }

    /** POI's SAX parser with external entities and DTDs turned off. */
    private static XMLReader secureParser() {
        try {
            return XMLHelper.newXMLReader();
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("this Java runtime has no XML parser that can be made safe", e);
        }
    }

    /** Tells the usual wrong files apart up front, because POI's own messages for them are cryptic. */
    private static void checkIsXlsx(Path xlsx) throws ReviewWorkbookException {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(xlsx.toFile());
        } catch (IOException e) {
            throw new ReviewWorkbookException(xlsx, "cannot be opened (" + describe(e) + ")", e);
        }
        if (magic == FileMagic.OOXML) {
            return;
        }
        if (magic == FileMagic.OLE2) {
            throw new ReviewWorkbookException(xlsx, isEncrypted(xlsx)
                    ? "is password-protected; remove the password (File > Info > Protect Workbook) and save again"
                    : "is in the old .xls format; save it as an Excel Workbook (.xlsx)");
        }
        try {
            if (Files.size(xlsx) == 0) {
                throw new ReviewWorkbookException(xlsx, "is empty");
            }
        } catch (IOException e) {
            throw new ReviewWorkbookException(xlsx, "cannot be opened (" + describe(e) + ")", e);
        }
        throw new ReviewWorkbookException(xlsx, "is not an .xlsx workbook (it looks like " + magic + ")");
    }

    /** An encrypted .xlsx is an OLE2 container holding an EncryptedPackage stream. */
    private static boolean isEncrypted(Path xlsx) {
        try (POIFSFileSystem fs = new POIFSFileSystem(xlsx.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
