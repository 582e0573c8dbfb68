package dev.tailor.letter;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * How each kind of line in the Word letter looks, said with POI: font, size, weight, colour, spacing, border.
 * {@link DocxPrototype} applies every style once to a sample paragraph; letters reuse the XML POI made of it.
 */
enum LineStyle {
    /** The candidate's name at the top, large and bold. */
    NAME(Points.NAME, (paragraph, run) -> {
        run.setBold(true);
        paragraph.setSpacingAfter(Gap.NAME);
    }),
    /** Email, phone, location and links under the name, smaller and grey, with a rule below. */
    CONTACT(Points.CONTACT, (paragraph, run) -> {
        run.setColor(Colour.CONTACT);
        paragraph.setBorderBottom(Borders.SINGLE);
    }),
    /** The date, set apart from the header above and the address below. */
    DATE(Points.BODY, (paragraph, run) -> {
        paragraph.setSpacingBefore(Gap.SECTION);
        paragraph.setSpacingAfter(Gap.PARAGRAPH);
    }),
    /** A line with no space around it: the company's name, the lines of the signature after the closing. */
    PLAIN(Points.BODY, (paragraph, run) -> {
    }),
    /** "Re: " and the role, bold, with a section's gap before the salutation. */
    ROLE(Points.BODY, (paragraph, run) -> {
        run.setBold(true);
        paragraph.setSpacingAfter(Gap.SECTION);
    }),
    /** "Dear … hiring team,". */
    SALUTATION(Points.BODY, (paragraph, run) -> paragraph.setSpacingAfter(Gap.PARAGRAPH)),
    /** A body paragraph: a paragraph's gap after it and slightly open lines for reading. */
    BODY(Points.BODY, (paragraph, run) -> {
        paragraph.setSpacingAfter(Gap.PARAGRAPH);
        paragraph.setSpacingBetween(Gap.BODY_LINES, LineSpacingRule.AUTO);
    }),
    /** The closing ("Kind regards,"), with room above it and room below for a signature. */
    CLOSING(Points.BODY, (paragraph, run) -> {
        paragraph.setSpacingBefore(Gap.PARAGRAPH);
        paragraph.setSpacingAfter(Gap.SECTION);
    });

    static final String FONT = "Georgia";

    private final int points;
    private final Formatting formatting;

    LineStyle(int points, Formatting formatting) {
        this.points = points;
        this.formatting = formatting;
    }

    /**
     * Formats a new paragraph and its one run with this style. POI writes run properties in the order they are
     * set, so the size comes last: font, bold, colour, size is the order of the schema's first edition, which
     * strict readers expect (the letter used to put the size before bold).
     */
    void apply(XWPFParagraph paragraph, XWPFRun run) {
        paragraph.setSpacingAfter(0);
        run.setFontFamily(FONT);
        formatting.apply(paragraph, run);
        run.setFontSize(points);
    }

    @FunctionalInterface
    private interface Formatting {
        void apply(XWPFParagraph paragraph, XWPFRun run);
    }

    /** Font sizes in points. */
    private static final class Points {
        static final int BODY = 11;
        static final int NAME = 18;
        static final int CONTACT = 10;
    }

    /** Spacing in twentieths of a point (twips): 160 = 8 pt. */
    private static final class Gap {
        static final int NAME = 60;
        static final int PARAGRAPH = 160;
        static final int SECTION = 360;
        /** Body lines at 1.15 times single spacing: easier to read than single, still one page. */
        static final double BODY_LINES = 1.15;
    }

    /** Colours as RGB hex. */
    private static final class Colour {
        /** Dark grey: the contact line reads as secondary to the name. */
        static final String CONTACT = "444444";
    }
}
