package dev.tailor.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of a Markdown letter around its body: the salutation before the first paragraph and the
 * sign-off lines after the last. The HTML page and the Word document take them from the Markdown, so an
 * edited {@code letter.md.ftl} changes all three versions alike.
 *
 * @param salutation the line that greets the reader, e.g. "Dear Example hiring team,"
 * @param signOff    the lines after the body, e.g. "Kind regards," and the name
 */
record LetterLayout(String salutation, List<String> signOff) {
    // Compiled once: String.split and replaceFirst compile their pattern at every call, twice for every letter.
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern HEADING_MARK = Pattern.compile("^#+\\s+");

    LetterLayout {
        signOff = List.copyOf(signOff);
    }

    /** Finds salutation and sign-off in the Markdown; falls back to the usual ones when the body is not found. */
    static LetterLayout of(String markdown, List<String> paragraphs, String company, String name) {
        List<String> blocks = blocks(markdown);
        int first = paragraphs.isEmpty() ? -1 : blocks.indexOf(paragraphs.get(0));
        int last = paragraphs.isEmpty() ? -1 : blocks.lastIndexOf(paragraphs.get(paragraphs.size() - 1));
        if (first < 1 || last < first) {
            return new LetterLayout("Dear " + company + " hiring team,", List.of("Kind regards,", name));
        }
        List<String> signOff = new ArrayList<>();
        for (String block : blocks.subList(last + 1, blocks.size())) {
            block.lines().map(LetterLayout::plain).filter(line -> !line.isEmpty()).forEach(signOff::add);
        }
        return new LetterLayout(plain(blocks.get(first - 1)), signOff);
    }

    private static List<String> blocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        for (String block : BLANK_LINE.split(markdown.strip())) {
            if (!block.isBlank()) {
                blocks.add(block.strip());
            }
        }
        return blocks;
    }

    /** A Markdown line as plain text: heading marks, hard-break backslashes and emphasis stars removed. */
    private static String plain(String line) {
        String text = line.strip();
        text = HEADING_MARK.matcher(text).replaceFirst("");
        if (text.endsWith("\\")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.startsWith("**") && text.endsWith("**") && text.length() > 4) {
            text = text.substring(2, text.length() - 2);
        }
        return LetterText.collapseSpaces(text);
    }
}
