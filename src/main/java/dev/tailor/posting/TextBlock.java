package dev.tailor.posting;

import java.util.Objects;

/**
 * One line-level unit of a description: a heading, a paragraph or a list item, already cleaned.
 *
 * @param kind       what the block is in the source's structure
 * @param text       the block's plain text (a paragraph from a text file may span several lines)
 * @param emphasized whether all of the block's text was bold in the source, which marks a possible heading
 */
record TextBlock(Kind kind, String text, boolean emphasized) {

    /** The structural role a block had in its source. */
    enum Kind {
        HEADING,
        PARAGRAPH,
        LIST_ITEM
    }

    TextBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    static TextBlock heading(String text) {
        return new TextBlock(Kind.HEADING, text, true);
    }

    static TextBlock paragraph(String text) {
        return new TextBlock(Kind.PARAGRAPH, text, false);
    }

    static TextBlock listItem(String text) {
        return new TextBlock(Kind.LIST_ITEM, text, false);
    }
}
