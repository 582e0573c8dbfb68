package dev.tailor.letter;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A letter's {@code word/document.xml} as POI wrote it for the prototype, cut where the text goes: the part
 * before the first paragraph, one paragraph per {@link LineStyle} with a hole for its text, and the part after
 * (the A4 page setup). Filling it is string concatenation; nothing is parsed or serialised per letter.
 */
final class BodyTemplate {
    private static final String PARAGRAPH_START = "<w:p>";
    private static final String PARAGRAPH_END = "</w:p>";
    private static final String TEXT_START = "<w:t>";
    private static final String TEXT_END = "</w:t>";
    private static final String PRESERVED_TEXT_START = "<w:t xml:space=\"preserve\">";

    private final String head;
    private final String tail;
    private final Map<LineStyle, Paragraph> paragraphs;

    /**
     * The XML of one styled paragraph around its text: up to the run's properties, {@code <w:p>…</w:rPr>}, and
     * from the end of the text, {@code </w:t></w:r></w:p>}.
     */
    private record Paragraph(String beforeText, String afterText) {
    }

    private BodyTemplate(String head, String tail, Map<LineStyle, Paragraph> paragraphs) {
        this.head = head;
        this.tail = tail;
        this.paragraphs = paragraphs;
    }

    /** The text the prototype gives the paragraph of a style, so that its place can be found in the XML. */
    static String marker(LineStyle style) {
        return "tailor-line-" + style.name();
    }

    /**
     * Cuts the prototype's document, which must hold one paragraph per style, in the order of
     * {@link LineStyle#values()}, each with one run whose text is the style's {@link #marker}.
     *
     * @throws IllegalStateException when POI wrote something else, so a changed POI fails at start, not in Word
     */
    static BodyTemplate cut(String documentXml) {
        Map<LineStyle, Paragraph> paragraphs = new EnumMap<>(LineStyle.class);
        String head = null;
        int previousEnd = -1;
        for (LineStyle style : LineStyle.values()) {
            String marker = marker(style);
            int text = documentXml.indexOf(marker);
            expect(text > 0 && documentXml.indexOf(marker, text + 1) < 0, "one paragraph reading " + marker);
            int start = documentXml.lastIndexOf(PARAGRAPH_START, text);
            int end = documentXml.indexOf(PARAGRAPH_END, text) + PARAGRAPH_END.length();
            expect(start >= 0 && end > text, "the paragraph around " + marker);
            if (head == null) {
                head = documentXml.substring(0, start);
            } else {
                expect(start == previousEnd, "nothing between the paragraphs before " + marker);
            }
            String before = documentXml.substring(start, text);
            String after = documentXml.substring(text + marker.length(), end);
            expect(before.endsWith(TEXT_START) && after.startsWith(TEXT_END), "a plain w:t around " + marker);
            paragraphs.put(style, new Paragraph(before.substring(0, before.length() - TEXT_START.length()), after));
            previousEnd = end;
        }
        return new BodyTemplate(head, documentXml.substring(previousEnd), paragraphs);
    }

    /** The document with the lines, in order, as its paragraphs. */
    String fill(List<WordLine> lines) {
        StringBuilder xml = new StringBuilder(head.length() + tail.length() + lines.size() * 600);
        xml.append(head);
        for (WordLine line : lines) {
            Paragraph paragraph = paragraphs.get(line.style());
            String text = XmlText.valid(line.text());
            xml.append(paragraph.beforeText())
                    .append(XmlText.needsPreservedSpace(text) ? PRESERVED_TEXT_START : TEXT_START);
            XmlText.appendEscaped(xml, text);
            xml.append(paragraph.afterText());
        }
        return xml.append(tail).toString();
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("the Word prototype's document.xml lacks " + what);
        }
    }
}
