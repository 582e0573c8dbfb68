package dev.tailor.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the paragraphs of a Word (.docx) résumé in order, tables included, with POI.
 *
 * <p>A résumé comes from outside, so the reader refuses what could hurt: files over
 * {@value #MAX_BYTES} bytes, archives that inflate more than POI's zip-bomb ratio allows, encrypted
 * or legacy .doc files. Each refusal is a {@link ResumeImportException} with a plain reason.
 */
final class ResumeReader {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** A real résumé never holds a part this big once inflated; a zip bomb does. */
    private static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    private static final double MIN_INFLATE_RATIO = 0.01;

    private ResumeReader() {
    }

    static List<ResumeLine> read(Path file) throws ResumeImportException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ResumeImportException(file + " cannot be read: " + e.getMessage(), e);
        }
        if (size > MAX_BYTES) {
            throw new ResumeImportException(file + " is " + size + " bytes; a résumé over " + MAX_BYTES
                    + " bytes is not imported", null);
        }
        // POI's limits are process-wide; set them before every read so nothing else can have loosened them.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            List<ResumeLine> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    add(lines, paragraph, false);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        addRow(lines, row);
                    }
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new ResumeImportException(file + " is not a readable Word (.docx) document: " + reason(e), e);
        }
    }

    /**
     * A row of plain cells ("Backend Engineer | Nordvale Logistics | 2020-2022") is one line, as a person
     * reads it; a row holding bullet points keeps each paragraph, so every bullet stays an achievement.
     */
    private static void addRow(List<ResumeLine> lines, XWPFTableRow row) {
        List<ResumeLine> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                add(cells, paragraph, true);
            }
        }
        if (cells.stream().anyMatch(l -> l.kind() == ResumeLine.Kind.BULLET)) {
            lines.addAll(cells);
        } else if (!cells.isEmpty()) {
            lines.add(new ResumeLine(String.join(" | ", cells.stream().map(ResumeLine::text).toList()),
                    ResumeLine.Kind.CELL));
        }
    }

    private static void add(List<ResumeLine> lines, XWPFParagraph paragraph, boolean inTable) {
        String text = paragraph.getText() == null ? "" : paragraph.getText().replace('\u00a0', ' ')
                .replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return;
        }
        String style = paragraph.getStyle() == null ? "" : paragraph.getStyle().toLowerCase(Locale.ROOT);
        ResumeLine.Kind kind;
        if (style.startsWith("heading") || style.equals("title")) {
            kind = ResumeLine.Kind.HEADING;
        } else if (paragraph.getNumID() != null || style.contains("list") || text.matches("^[•·▪‣◦*–-]\\s.*")) {
            kind = ResumeLine.Kind.BULLET;
            text = text.replaceFirst("^[•·▪‣◦*–-]\\s+", "");
        } else {
            kind = inTable ? ResumeLine.Kind.CELL : ResumeLine.Kind.TEXT;
        }
        lines.add(new ResumeLine(text, kind));
    }

    /** POI's messages for these cases are long and technical; the person needs the gist. */
    private static String reason(Exception e) {
        String name = e.getClass().getSimpleName();
        String message = String.valueOf(e.getMessage());
        if (name.contains("OLE2") || message.contains("OLE2")) {
            return "it is encrypted (password-protected) or an old .doc file; save it as an unprotected .docx";
        }
        if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
            return "it inflates far beyond its size (a zip bomb?)";
        }
        if (name.contains("NotOfficeXml") || name.contains("ZipException") || message.contains("No valid entries")) {
            return "it is not a .docx file";
        }
        String first = message.lines().findFirst().orElse(name);
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }
}
