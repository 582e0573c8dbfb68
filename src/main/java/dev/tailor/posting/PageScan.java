package dev.tailor.posting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * What one walk over a parsed page collects for the readers: its {@link PageTokens}, the few kinds of element
 * several readers look for, and the raw text of its body. Each {@code select} over a whole page is a walk that
 * costs a good part of the parse; most readers need only a handful of elements, found here on the way.
 */
final class PageScan implements NodeVisitor {
    /** The word the attributes {@link LocationHints} reads hold; its candidates are checked again there. */
    private static final String LOCATION = "location";

    private final Document page;
    private final @Nullable Element head;
    private final @Nullable Element body;
    private final PageTokens tokens = new PageTokens();
    private final List<Element> scripts = new ArrayList<>();
    private final List<Element> links = new ArrayList<>();
    private final List<Element> inputs = new ArrayList<>();
    private final List<Element> metas = new ArrayList<>();
    private final List<Element> headMetas = new ArrayList<>();
    private final List<Element> images = new ArrayList<>();
    private final List<Element> locationCandidates = new ArrayList<>();
    /** Whether each class attribute seen holds the word {@link #LOCATION}. */
    private final Map<String, Boolean> locationClasses = new HashMap<>();
    private final FoldedText foldedBodyText = FoldedText.withoutWhiteSpace();
    private @Nullable Element firstH1;
    /** The depth of the head or body while the walk is inside it, else -1. */
    private int headDepth = -1;
    private int bodyDepth = -1;
    private @Nullable String bodyText;

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

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            if (bodyDepth >= 0) {
                foldedBodyText.append(text.getWholeText());
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        if (element == body) {
            bodyDepth = depth;
        } else if (element == head) {
            headDepth = depth;
        }
        tokens.addTag(element);
        switch (element.normalName()) {
            case "script" -> scripts.add(element);
            case "link" -> links.add(element);
            case "input" -> inputs.add(element);
            case "img" -> images.add(element);
            case "meta" -> {
                // Only the head's meta tags are read when it has any: the walk knows which those are.
                metas.add(element);
                if (headDepth >= 0) {
                    headMetas.add(element);
                }
            }
            case "h1" -> {
                if (firstH1 == null) {
                    firstH1 = element;
                }
            }
            default -> {
            }
        }
        if (element.attributesSize() > 0) {
            // One pass over the attributes, which jsoup hands out one new object at a time, for both uses.
            boolean mayMarkLocation = false;
            for (Attribute attribute : element.attributes()) {
                tokens.addAttribute(attribute);
                mayMarkLocation = mayMarkLocation || marksLocation(attribute);
            }
            if (mayMarkLocation) {
                locationCandidates.add(element);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node == body) {
            bodyDepth = -1;
        } else if (node == head) {
            headDepth = -1;
        }
    }

    /** Whether the attribute is one {@link LocationHints} reads and may name a location; {@code itemprop} is checked there. */
    private boolean marksLocation(Attribute attribute) {
        return switch (attribute.getKey()) {
            case "itemprop" -> true;
            // Pages repeat the same class attribute on many elements: each is searched once.
            case "class" -> locationClasses.computeIfAbsent(attribute.getValue(), value -> containsIgnoreCase(value, LOCATION));
            case "data-test", "data-testid", "data-automation-id", "id" -> containsIgnoreCase(attribute.getValue(), LOCATION);
            default -> false;
        };
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
        return scripts;
    }

    /** The page's link elements, in document order. */
    List<Element> links() {
        return links;
    }

    /** The page's input elements, in document order. */
    List<Element> inputs() {
        return inputs;
    }

    /**
     * The meta tags {@link Pages#meta} searches: the head's when it has any (it always does on a real page), else
     * all of the page's, in document order.
     */
    List<Element> metas() {
        return headMetas.isEmpty() ? metas : headMetas;
    }

    /** The page's img elements, in document order. */
    List<Element> images() {
        return images;
    }

    /** The page's first {@code h1}, or null. */
    @Nullable Element firstH1() {
        return firstH1;
    }

    /** Every element that may be a marked location, in document order: a superset of those that are. */
    List<Element> locationCandidates() {
        return locationCandidates;
    }

    /**
     * The text of the body's text nodes joined as written, {@link FoldedText#withoutWhiteSpace folded without white
     * space}. Whatever run of words the body's {@link Element#text()} holds, lower-cased, this holds joined: a cheap
     * first check before the text itself is needed.
     */
    String foldedRawBodyText() {
        return foldedBodyText.toString();
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
