package dev.tailor.posting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Finds the main text of a page with no better evidence: the {@code main}, {@code [role=main]} or
 * {@code article} element when there is one, else the block with the most paragraph text, after
 * {@link PageChrome} has removed what surrounds it.
 */
final class MainContent {
    private static final PageQuery LANDMARKS = PageQuery.of("main, [role=main], article");
    private static final Evaluator LINKS = QueryParser.parse("a");
    /** Elements whose own text counts as paragraph text for their container. */
    private static final Set<String> TEXT_TAGS = Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote",
            "dd", "dt", "td", "span", "div", "br");
    /** A landmark element with less text than this is a stub (a "main" holding only a hero), not the content. */
    static final int MIN_LANDMARK_WORDS = 60;

    private MainContent() {
    }

    /**
     * The main content of a page: its blocks, the share of its text that is link text (a list of search
     * results is nearly all links; a posting is nearly all prose), and the chrome taken out of the page to find it.
     */
    record Content(List<TextBlock> blocks, double linkShare, RemovedNodes chrome) {
    }

    /** The blocks of the page's main content; the page is copied, not changed. */
    static List<TextBlock> blocks(Document page) {
        return readStripping(PageScan.of(page.clone())).blocks();
    }

    /**
     * The page's main content and its link share. The page's chrome is removed in place: copying a large page
     * costs more than parsing it, and the parser reads the page last. The scan is of the page as it is now: its
     * first {@code h1} and landmarks are found among what the scan collected.
     */
    static Content readStripping(PageScan scan) {
        Document page = scan.page();
        RemovedNodes chrome = PageChrome.strip(page, scan.firstH1());
        Found found = find(page, scan.tokens());
        Element main = found.element();
        // A landmark's text was read to count its words: it is not read (walked) again.
        int all = (found.text() != null ? found.text() : main.text()).length();
        int links = 0;
        for (Element link : main.select(LINKS)) {
            links += link.text().length();
        }
        return new Content(HtmlBlocks.of(main), all == 0 ? 0 : (double) links / all, chrome);
    }

    /** The element holding the main content, and its text when it was read on the way. */
    private record Found(Element element, @Nullable String text) {
    }

    /** The element holding the main content of an already stripped page. */
    private static Found find(Document page, PageTokens tokens) {
        Found landmark = largestLandmark(page, tokens);
        if (landmark != null) {
            return landmark;
        }
        return new Found(densestBlock(page), null);
    }

    /** The landmark with the most words; the tokens were read before the chrome went, which took some landmarks with it. */
    private static @Nullable Found largestLandmark(Document page, PageTokens tokens) {
        @Nullable Found best = null;
        int bestWords = MIN_LANDMARK_WORDS - 1;
        for (Element element : LANDMARKS.all(page, tokens)) {
            String text = element.text();
            int words = TextNormalizer.wordCount(text);
            if (words > bestWords) {
                best = new Found(element, text);
                bestWords = words;
            }
        }
        return best;
    }

    /** The text's length with white space runs counted as one character: cheap, and close to the cleaned length. */
    private static int visibleLength(String text) {
        int length = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            boolean isSpace = isSpace(text.charAt(i));
            if (!isSpace || !space) {
                length++;
            }
            space = isSpace;
        }
        return space && length > 0 ? length - 1 : length;
    }

    /**
     * {@code visibleLength(element.ownText())}, counted from the element's text nodes without building the text:
     * ownText() evens out white space runs and trims, which does not change the count, and puts a space for each
     * {@code br}. Text with the characters ownText() drops (zero-width spaces, soft hyphens) or trims without their
     * being white space (control characters) is rare: its own text is built and counted.
     */
    private static int ownVisibleLength(Element element) {
        int length = 0;
        boolean space = true;
        for (int i = 0; i < element.childNodeSize(); i++) {
            Node child = element.childNode(i);
            if (child instanceof TextNode text) {
                String whole = text.getWholeText();
                for (int j = 0; j < whole.length(); j++) {
                    char c = whole.charAt(j);
                    if (c < ' ' && !Character.isWhitespace(c) || c == '\u200B' || c == '\u00AD') {
                        return visibleLength(element.ownText());
                    }
                    boolean isSpace = isSpace(c);
                    if (!isSpace || !space) {
                        length++;
                    }
                    space = isSpace;
                }
            } else if (child instanceof Element br && br.normalName().equals("br")) {
                if (!space) {
                    length++;
                }
                space = true;
            }
        }
        return space && length > 0 ? length - 1 : length;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    /**
     * The container with the most paragraph text: each paragraph's text counts in full for its parent and
     * half for its grandparent, so the container of the paragraphs wins over the whole page.
     */
    private static Element densestBlock(Document page) {
        // In the order the containers were first met: a tie goes to the first in the page, not to the identity hashes.
        Map<Element, Double> scores = new LinkedHashMap<>();
        // A walk in document order, as select("*") listed them, without building the list.
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof Element element) || !TEXT_TAGS.contains(element.normalName())) {
                return;
            }
            int ownLength = ownVisibleLength(element);
            if (ownLength == 0) {
                return;
            }
            Element parent = element.parent();
            if (parent != null) {
                scores.merge(parent, (double) ownLength, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, ownLength / 2.0, Double::sum);
                }
            }
        }, page.body());
        Element best = page.body();
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        return best;
    }
}
