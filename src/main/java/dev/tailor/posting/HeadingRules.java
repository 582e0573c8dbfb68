package dev.tailor.posting;

/**
 * Decides whether a line of a description is a section heading when the source did not mark it as one.
 *
 * <p>Postings announce sections in many ways: a bold line on its own, a short line ending in a colon, or a
 * line in capitals. Each rule has a length limit so that a bold sentence or a "Note: ..." line stays text.
 */
final class HeadingRules {
    /** A bold line longer than this is an emphasized sentence, not a heading. */
    static final int MAX_EMPHASIZED_WORDS = 10;
    /** "In this role you will also:" introduces a list; "Requirements:" is a heading. */
    static final int MAX_COLON_WORDS = 5;
    static final int MAX_CAPITALS_WORDS = 8;
    /** A heading is a label, not a paragraph. */
    private static final int MAX_HEADING_CHARS = 90;

    private HeadingRules() {
    }

    /**
     * Whether the block starts a new section: a marked heading; a short bold line; or a short line ending in
     * ':' or in capitals that names a known section.
     */
    static boolean isHeading(TextBlock block) {
        String text = block.text();
        if (block.kind() == TextBlock.Kind.HEADING) {
            return !text.isEmpty();
        }
        if (text.isEmpty() || text.length() > MAX_HEADING_CHARS || text.contains("\n")) {
            return false;
        }
        if (block.kind() == TextBlock.Kind.LIST_ITEM) {
            // A bold list item is usually a highlighted skill; only a known section name is a heading there.
            return block.emphasized() && SectionKeywords.isKnownHeading(text);
        }
        int words = TextNormalizer.wordCount(text);
        if (block.emphasized() && words <= MAX_EMPHASIZED_WORDS && !endsLikeSentence(text)) {
            return true;
        }
        // Markup that shows no heading leaves only the shape of the line: "More specifically:" introduces a
        // list inside a section, "Requirements:" starts one. The keywords tell them apart.
        return isHeadingLine(text) && SectionKeywords.isKnownHeading(label(text));
    }

    /** Whether a plain line (no markup) reads as a heading: a short label ending in ':' or a line in capitals. */
    static boolean isHeadingLine(String text) {
        if (text.isEmpty() || text.length() > MAX_HEADING_CHARS) {
            return false;
        }
        int words = TextNormalizer.wordCount(text);
        if (text.endsWith(":") && words >= 1 && words <= MAX_COLON_WORDS) {
            return true;
        }
        return words >= 1 && words <= MAX_CAPITALS_WORDS && isCapitals(text) && !endsLikeSentence(text);
    }

    /** The heading as a label: without the trailing colon. */
    static String label(String heading) {
        String label = heading.strip();
        while (label.endsWith(":") || label.endsWith("：")) {
            label = label.substring(0, label.length() - 1).strip();
        }
        return label;
    }

    private static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == ',' || last == ';';
    }

    private static boolean isCapitals(String text) {
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
            if (!Character.isWhitespace(c)) {
                visible++;
            }
        }
        // "IT" alone is a word and "$90,000 - $120,000 USD" a figure, not headings.
        return letters >= 3 && letters * 2 >= visible;
    }
}
