package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads a Markdown body into blocks: ATX and setext headings, list items (with wrapped lines), paragraphs
 * (soft line breaks joined), block quotes, fenced code and tables as plain lines.
 */
final class MarkdownBlocks {
    private static final int MAX_HEADING_LEVEL = 6;
    private static final int MAX_INDENT = 3;
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}(?:(?:\\*\\s*){3,}|(?:-\\s*){3,}|(?:_\\s*){3,})$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(?:=+|-+)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~).*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>\\s?");
    private static final Pattern TABLE_DIVIDER = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<String> paragraph = new ArrayList<>();
    private @Nullable StringBuilder item;

    private MarkdownBlocks() {
    }

    /** The blocks of a Markdown document body (no front matter). */
    static List<TextBlock> parse(String markdown) {
        MarkdownBlocks reader = new MarkdownBlocks();
        reader.read(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        return List.copyOf(reader.blocks);
    }

    private void read(String[] lines) {
        boolean inFence = false;
        for (String raw : lines) {
            if (FENCE.matcher(raw).matches()) {
                flush();
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                addLiteral(raw);
                continue;
            }
            String line = QUOTE.matcher(raw).replaceFirst("");
            if (line.isBlank()) {
                flush();
                continue;
            }
            if (SETEXT.matcher(line).matches() && paragraph.size() == 1 && item == null) {
                blocks.add(TextBlock.heading(MarkdownInline.plain(paragraph.remove(0))));
                continue;
            }
            if (RULE.matcher(line).matches() || TABLE_DIVIDER.matcher(line).matches()) {
                flush();
                continue;
            }
            AtxHeading heading = atxHeading(line);
            if (heading != null) {
                flush();
                String text = MarkdownInline.plain(heading.text());
                if (!text.isEmpty()) {
                    blocks.add(TextBlock.heading(text));
                }
                continue;
            }
            Matcher listItem = LIST_ITEM.matcher(line);
            if (listItem.matches()) {
                flush();
                item = new StringBuilder(listItem.group(1));
            } else if (item != null && Character.isWhitespace(line.charAt(0))) {
                item.append(' ').append(line.strip());
            } else {
                flushItem();
                paragraph.add(tableRow(line));
            }
        }
        flush();
    }

    /** A "## Heading ##" line: its level and its text without the closing hashes. */
    record AtxHeading(int level, String text) {
    }

    /** The heading on the line, or null; read by hand, not by a regex, so a long line costs no backtracking. */
    static @Nullable AtxHeading atxHeading(String line) {
        int i = 0;
        while (i < line.length() && i < MAX_INDENT && line.charAt(i) == ' ') {
            i++;
        }
        int hashes = 0;
        while (i + hashes < line.length() && line.charAt(i + hashes) == '#') {
            hashes++;
        }
        int after = i + hashes;
        if (hashes == 0 || hashes > MAX_HEADING_LEVEL
                || (after < line.length() && !Character.isWhitespace(line.charAt(after)))) {
            return null;
        }
        String text = line.substring(after).strip();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '#') {
            end--;
        }
        if (end == 0) {
            text = "";
        } else if (end < text.length() && Character.isWhitespace(text.charAt(end - 1))) {
            text = text.substring(0, end).strip();
        }
        return new AtxHeading(hashes, text);
    }

    private void addLiteral(String line) {
        String text = TextNormalizer.inline(line);
        if (!text.isEmpty()) {
            blocks.add(TextBlock.paragraph(text));
        }
    }

    private void flush() {
        flushItem();
        if (paragraph.isEmpty()) {
            return;
        }
        String markdown = String.join(" ", paragraph);
        String text = MarkdownInline.plain(markdown);
        if (!text.isEmpty()) {
            boolean emphasized = paragraph.size() == 1 && MarkdownInline.isWholeStrong(markdown);
            blocks.add(new TextBlock(TextBlock.Kind.PARAGRAPH, text, emphasized));
        }
        paragraph.clear();
    }

    private void flushItem() {
        if (item == null) {
            return;
        }
        String markdown = item.toString();
        String text = MarkdownInline.plain(markdown);
        if (!text.isEmpty()) {
            blocks.add(new TextBlock(TextBlock.Kind.LIST_ITEM, text, MarkdownInline.isWholeStrong(markdown)));
        }
        item = null;
    }

    /** "| a | b |" becomes "a | b": the cells stay apart without the outer bars. */
    private static String tableRow(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("|") && stripped.endsWith("|") && stripped.length() > 1) {
            return stripped.substring(1, stripped.length() - 1).strip();
        }
        return line;
    }
}
