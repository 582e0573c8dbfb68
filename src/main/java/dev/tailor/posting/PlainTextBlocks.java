package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads plain text into blocks: blank lines end paragraphs, "- ", "* ", "• " and "1." start list items, and
 * short lines ending in ':' or written in capitals are headings.
 */
final class PlainTextBlocks {
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*•·▪◦–+]|\\d{1,2}[.)])\\s+(.*)$");
    /** The markers of {@link #LIST_MARKER} besides numbers. */
    private static final String LIST_MARKER_CHARS = "-*•·▪◦–+";

    private PlainTextBlocks() {
    }

    static List<TextBlock> parse(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        @Nullable StringBuilder item = null;
        for (String rawLine : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = TextNormalizer.inline(rawLine);
            if (line.isEmpty()) {
                flushParagraph(blocks, paragraph);
                item = flushItem(blocks, item);
                continue;
            }
            Matcher marker = LIST_MARKER.matcher(line);
            if (marker.matches() && !marker.group(1).isBlank()) {
                flushParagraph(blocks, paragraph);
                flushItem(blocks, item);
                item = new StringBuilder(marker.group(1).strip());
            } else if (item != null && startsWithSpace(rawLine)) {
                // An indented line under a list item continues it (the item was wrapped).
                item.append(' ').append(line);
            } else if (HeadingRules.isHeadingLine(line)) {
                flushParagraph(blocks, paragraph);
                item = flushItem(blocks, item);
                blocks.add(TextBlock.heading(line));
            } else {
                item = flushItem(blocks, item);
                if (paragraph.length() > 0) {
                    paragraph.append('\n');
                }
                paragraph.append(line);
            }
        }
        flushParagraph(blocks, paragraph);
        flushItem(blocks, item);
        return blocks;
    }

    /** A single list item or paragraph from one line of text (for lines already split by a markup parser). */
    static TextBlock lineBlock(String line) {
        if (line.isEmpty() || !startsLikeAListItem(line.charAt(0))) {
            // Most lines are prose: the pattern, which must match from the first character, is not tried.
            return TextBlock.paragraph(line);
        }
        Matcher marker = LIST_MARKER.matcher(line);
        if (marker.matches() && !marker.group(1).isBlank()) {
            return TextBlock.listItem(marker.group(1).strip());
        }
        return TextBlock.paragraph(line);
    }

    /** Whether the character may open {@link #LIST_MARKER}: one of its markers, or a digit. */
    private static boolean startsLikeAListItem(char first) {
        return (first >= '0' && first <= '9') || LIST_MARKER_CHARS.indexOf(first) >= 0;
    }

    private static boolean startsWithSpace(String rawLine) {
        return !rawLine.isEmpty() && Character.isWhitespace(rawLine.charAt(0));
    }

    private static void flushParagraph(List<TextBlock> blocks, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            blocks.add(TextBlock.paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private static @Nullable StringBuilder flushItem(List<TextBlock> blocks, @Nullable StringBuilder item) {
        if (item != null && item.length() > 0) {
            blocks.add(TextBlock.listItem(item.toString()));
        }
        return null;
    }
}
