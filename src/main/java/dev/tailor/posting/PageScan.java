package dev.tailor.posting;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * What one walk over a parsed page collects for the readers: its {@link PageTokens}, from which the few kinds of
 * element several readers look for are taken when asked, and the pieces of its body's raw text. Each {@code select}
 * over a whole page is a walk that costs a good part of the parse; most readers need only a handful of elements,
 * found in the index instead.
 */
final class PageScan implements NodeVisitor {
    /** The word the attributes {@link LocationHints} reads hold; its candidates are checked again there. */
    private static final String LOCATION = "location";
    /** The attributes besides {@code class} and {@code itemprop} whose value may mark a location. */
    private static final List<String> LOCATION_ATTRIBUTES = List.of("data-test", "data-testid", "data-automation-id", "id");

    private final Document page;
    private final @Nullable Element head;
    private final @Nullable Element body;
    private final PageTokens tokens = new PageTokens();
    private final FoldedText foldedBodyText = FoldedText.withoutWhiteSpace();
    /** The depth of the body while the walk is inside it, else -1. */
    private int bodyDepth = -1;
    /** The positions of the head and of the last element inside it, or -1 when the page has none. */
    private int headStart = -1;
    private int headEnd = -1;
    private boolean inHead;
    private @Nullable String bodyText;
    private @Nullable List<Element> locationCandidates;
    private @Nullable List<Element> metas;

    private PageScan(Document page) {
        this.page = page;
        this.head = page.head();
        this.body = page.body();
    }

    /** Walks the page once; the page's body is made as {@link Document#body()} makes it when there is none. */
    static PageScan of(Document page) {
        PageScan scan = new PageScan(page);
        NodeTraversor.traverse(scan, page);
        return scan;
    }

    // The walk only indexes the elements and folds the body's text: the lists readers ask for (scripts, meta tags,
    // location candidates) are taken from the index when asked, as most pages need only a few of them.
    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            // Most text nodes are the white space between tags, which the folded text drops anyway.
            if (bodyDepth >= 0 && !text.isBlank()) {
                foldedBodyText.append(text.getWholeText());
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        tokens.add(element);
        if (element == body) {
            bodyDepth = depth;
        } else if (element == head) {
            headStart = tokens.size() - 1;
            inHead = true;
        }
        if (inHead) {
            headEnd = tokens.size() - 1;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node == body) {
            bodyDepth = -1;
        } else if (node == head) {
            inHead = false;
        }
    }

    /**
     * Whether the value holds the lower-case ASCII word in any case, without a lower-case copy of every class
     * attribute. It matches wherever jsoup's lower-cased {@code *=} test does (and in a few more odd cases).
     */
    private static boolean containsIgnoreCase(String value, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        int last = value.length() - word.length();
        int lowerAt = value.indexOf(lower);
        int upperAt = value.indexOf(upper);
        while (lowerAt >= 0 || upperAt >= 0) {
            int at = lowerAt < 0 ? upperAt : upperAt < 0 ? lowerAt : Math.min(lowerAt, upperAt);
            if (at > last) {
                return false;
            }
            if (value.regionMatches(true, at, word, 0, word.length())) {
                return true;
            }
            if (at == lowerAt) {
                lowerAt = value.indexOf(lower, at + 1);
            } else {
                upperAt = value.indexOf(upper, at + 1);
            }
        }
        return false;
    }

    PageTokens tokens() {
        return tokens;
    }

    /** The page the scan walked. */
    Document page() {
        return page;
    }

    /** The page's first element the query matches, found among the elements that carry what it needs. */
    @Nullable Element first(PageQuery query) {
        return query.first(page, tokens);
    }

    /** The first element matching the first of the queries that matches anything, or null. */
    @Nullable Element first(List<PageQuery> queries) {
        for (PageQuery query : queries) {
            Element element = first(query);
            if (element != null) {
                return element;
            }
        }
        return null;
    }

    /** Every element of the page the query matches, in document order. */
    List<Element> all(PageQuery query) {
        return query.all(page, tokens);
    }

    /** The cleaned text of the first element the query matches, or null when there is none or it is blank. */
    @Nullable String text(PageQuery query) {
        Element element = first(query);
        return element == null ? null : TextNormalizer.blankToNull(element.text());
    }

    /** The page's script elements, in document order. */
    List<Element> scripts() {
        return withTag("script");
    }

    /** The page's link elements, in document order. */
    List<Element> links() {
        return withTag("link");
    }

    /** The page's input elements, in document order. */
    List<Element> inputs() {
        return withTag("input");
    }

    /**
     * The meta tags {@link Pages#meta} searches: the head's when it has any (it always does on a real page), else
     * all of the page's, in document order.
     */
    List<Element> metas() {
        // Asked for several times a page (title, site name, address ...): gathered once.
        if (metas == null) {
            metas = headMetas();
        }
        return metas;
    }

    private List<Element> headMetas() {
        PageTokens.Positions metas = tokens.withTag("meta");
        List<Element> inHead = new ArrayList<>(metas.size());
        for (int i = 0; i < metas.size(); i++) {
            int at = metas.get(i);
            if (at > headStart && at <= headEnd) {
                inHead.add(tokens.element(at));
            }
        }
        return inHead.isEmpty() ? withTag("meta") : inHead;
    }

    /**
     * The page's title, as {@link Document#title()} gives it (the text of the head's first {@code title}), found in
     * the index instead of a walk over the head, which on some pages holds thousands of nodes.
     */
    String title() {
        PageTokens.Positions titles = tokens.withTag("title");
        for (int i = 0; i < titles.size(); i++) {
            int at = titles.get(i);
            if (at > headStart && at <= headEnd) {
                return StringUtil.normaliseWhitespace(tokens.element(at).text()).trim();
            }
        }
        return "";
    }

    /** The page's img elements, in document order. */
    List<Element> images() {
        return withTag("img");
    }

    /** The page's first {@code h1}, or null. */
    @Nullable Element firstH1() {
        PageTokens.Positions h1 = tokens.withTag("h1");
        return h1.size() == 0 ? null : tokens.element(h1.get(0));
    }

    /**
     * Every element that may be a marked location, in document order: a superset of those that are. Those with an
     * {@code itemprop} ({@link LocationHints} checks its value), and those whose class or test, automation or id
     * attribute holds the word "location" in any case.
     */
    List<Element> locationCandidates() {
        if (locationCandidates == null) {
            BitSet candidates = new BitSet(tokens.size());
            addAll(candidates, tokens.withAttribute("itemprop"));
            addAll(candidates, tokens.withClassContaining(LOCATION));
            for (String key : LOCATION_ATTRIBUTES) {
                PageTokens.Positions holders = tokens.withAttribute(key);
                for (int i = 0; i < holders.size(); i++) {
                    int at = holders.get(i);
                    if (containsIgnoreCase(tokens.element(at).attr(key), LOCATION)) {
                        candidates.set(at);
                    }
                }
            }
            List<Element> found = new ArrayList<>(candidates.cardinality());
            for (int at = candidates.nextSetBit(0); at >= 0; at = candidates.nextSetBit(at + 1)) {
                found.add(tokens.element(at));
            }
            locationCandidates = found;
        }
        return locationCandidates;
    }

    private static void addAll(BitSet set, PageTokens.Positions positions) {
        for (int i = 0; i < positions.size(); i++) {
            set.set(positions.get(i));
        }
    }

    /** The elements with the tag, in document order. */
    private List<Element> withTag(String tag) {
        PageTokens.Positions positions = tokens.withTag(tag);
        List<Element> elements = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            elements.add(tokens.element(positions.get(i)));
        }
        return elements;
    }

    /**
     * The text of the body's text nodes joined as written, {@link FoldedText#withoutWhiteSpace folded without white
     * space}. Whatever run of words the body's {@link Element#text()} holds, lower-cased, this holds joined: a cheap
     * first check before the text itself is needed.
     */
    FoldedText foldedRawBodyText() {
        return foldedBodyText;
    }

    /**
     * The body's text, as {@link Element#text()} gives it, read when first asked: ask before the page is
     * changed (its chrome stripped), as the answer is kept.
     */
    String bodyText() {
        if (bodyText == null) {
            bodyText = body == null ? "" : body.text();
        }
        return bodyText;
    }
}
