package dev.tailor.posting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML description into blocks: one for each paragraph, line ({@code br}), list item and heading,
 * remembering which lines were entirely bold (a bold line on its own is often a heading).
 */
final class HtmlBlocks implements NodeFilter {
    /** Elements that start and end a line of text. */
    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
            "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul", "br", "center");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BOLD_TAGS = Set.of("strong", "b");
    /** Elements whose content is never description text. */
    private static final Set<String> SKIPPED_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "button", "select", "option", "input", "textarea",
            "iframe", "object", "head", "title", "meta", "link", "canvas", "video", "audio");

    private static final char ASCII_END = 0x80;
    private static final int FIRST_DEPTHS = 64;
    private static final int SKIPPED = 1;
    private static final int BLOCK = 2;
    private static final int HEADING = 4;
    private static final int LIST_ITEM = 8;
    private static final int BOLD = 16;
    /** What each tag of the sets above is, as flags: one lookup an element instead of one a set, at its head and tail. */
    private static final Map<String, Integer> ROLES = roles();

    private final List<TextBlock> blocks = new ArrayList<>();
    /** The role of the element open at each depth, set at its head and read at its tail: one lookup an element. */
    private int[] roles = new int[FIRST_DEPTHS];
    private final StringBuilder line = new StringBuilder();
    /** Whether the line holds a letter or digit in bold (or in a heading), and out of it. */
    private boolean boldLetters;
    private boolean plainLetters;
    private int boldDepth;
    private int headingDepth;
    private int listItemDepth;
    /** Where the bold text that ends the current line starts, or -1 when the line does not end in bold. */
    private int trailingBoldStart = -1;

    private HtmlBlocks() {
    }

    /** The blocks of the element's content, in document order. */
    static List<TextBlock> of(Element root) {
        HtmlBlocks reader = new HtmlBlocks();
        NodeTraversor.filter(reader, root);
        reader.flush();
        return List.copyOf(reader.blocks);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            append(text.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        int role = ROLES.getOrDefault(element.normalName(), 0);
        if ((role & SKIPPED) != 0 || isHidden(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (depth >= roles.length) {
            roles = Arrays.copyOf(roles, Math.max(roles.length * 2, depth + 1));
        }
        roles[depth] = role;
        if ((role & BLOCK) != 0) {
            flush();
        }
        if ((role & HEADING) != 0) {
            headingDepth++;
        } else if ((role & LIST_ITEM) != 0) {
            listItemDepth++;
        } else if ((role & BOLD) != 0) {
            boldDepth++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element)) {
            return FilterResult.CONTINUE;
        }
        int role = roles[depth];
        if ((role & BLOCK) != 0) {
            flush();
        }
        if ((role & HEADING) != 0) {
            headingDepth--;
        } else if ((role & LIST_ITEM) != 0) {
            listItemDepth--;
        } else if ((role & BOLD) != 0) {
            boldDepth--;
        }
        return FilterResult.CONTINUE;
    }

    private void append(String text) {
        int start = line.length();
        line.append(text);
        boolean bold = boldDepth > 0 || headingDepth > 0;
        // Only whether the line holds letters in bold and out of it matters, and where the bold run that ends it
        // starts: the look stops at the first letter, after which the rest of the text changes neither.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            if (bold) {
                if (trailingBoldStart < 0) {
                    trailingBoldStart = start + i;
                }
                if (isLetterOrDigit(c)) {
                    boldLetters = true;
                    return;
                }
            } else {
                trailingBoldStart = -1;
                if (isLetterOrDigit(c)) {
                    plainLetters = true;
                    return;
                }
            }
        }
    }

    /** {@link Character#isWhitespace} or {@link Character#isSpaceChar}, answered directly for ASCII. */
    private static boolean isSpace(char c) {
        if (c < ASCII_END) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@link Character#isLetterOrDigit}, answered directly for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        if (c < ASCII_END) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    private void flush() {
        if (plainLetters && trailingBoldStart > 0) {
            // "...text.<strong>Requirements:</strong><br>": a heading glued to the end of a paragraph.
            String tail = TextNormalizer.inline(line.substring(trailingBoldStart));
            if (tail.endsWith(":") && TextNormalizer.wordCount(tail) <= HeadingRules.MAX_COLON_WORDS) {
                line.setLength(trailingBoldStart);
                boldLetters = false;
                trailingBoldStart = -1;
                flush();
                line.append(tail);
                boldLetters = true;
            }
        }
        String text = TextNormalizer.inline(line.toString());
        if (!text.isEmpty()) {
            boolean emphasized = boldLetters && !plainLetters;
            if (headingDepth > 0) {
                blocks.add(TextBlock.heading(text));
            } else if (listItemDepth > 0) {
                TextBlock item = PlainTextBlocks.lineBlock(text);
                blocks.add(new TextBlock(TextBlock.Kind.LIST_ITEM, item.text(), emphasized));
            } else {
                TextBlock block = PlainTextBlocks.lineBlock(text);
                blocks.add(new TextBlock(block.kind(), block.text(), emphasized));
            }
        }
        line.setLength(0);
        boldLetters = false;
        plainLetters = false;
        trailingBoldStart = -1;
    }

    private static Map<String, Integer> roles() {
        Map<String, Integer> roles = new HashMap<>();
        SKIPPED_TAGS.forEach(tag -> roles.merge(tag, SKIPPED, (a, b) -> a | b));
        BLOCK_TAGS.forEach(tag -> roles.merge(tag, BLOCK, (a, b) -> a | b));
        HEADING_TAGS.forEach(tag -> roles.merge(tag, HEADING, (a, b) -> a | b));
        roles.merge("li", LIST_ITEM, (a, b) -> a | b);
        BOLD_TAGS.forEach(tag -> roles.merge(tag, BOLD, (a, b) -> a | b));
        return Map.copyOf(roles);
    }

    private static boolean isHidden(Element element) {
        if (element.attributesSize() == 0) {
            return false;
        }
        if (element.hasAttr("hidden")) {
            return true;
        }
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }
}
