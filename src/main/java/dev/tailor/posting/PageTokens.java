package dev.tailor.posting;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The tag names, ids, class names and attribute names a page holds, collected in one walk over it. A
 * {@link PageQuery} whose parts are not all on the page cannot match, and is answered without another walk.
 */
final class PageTokens {
    private final Set<String> tags = new HashSet<>();
    private final Set<String> ids = new HashSet<>();
    /** Class attributes as written: pages repeat the same few many times, so each is kept once. */
    private final Set<String> classAttributes = new HashSet<>();
    /** The class attributes joined by spaces and lower-cased, when first asked. */
    private @Nullable String classes;
    private final Set<String> attributes = new HashSet<>();

    /** Empty tokens, filled by {@link #add} from a walk that also collects other things ({@link PageScan}). */
    PageTokens() {
    }

    /** The tokens of the page as it is now; a page changed later may hold fewer, never more, for a query's answer. */
    static PageTokens of(Document page) {
        PageTokens tokens = new PageTokens();
        // A traversal rather than getAllElements(): no list of every element is built only to be read once.
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element element) {
                tokens.add(element);
            }
        }, page);
        return tokens;
    }

    /** Adds the tokens of one element. */
    void add(Element element) {
        addTag(element);
        if (element.attributesSize() == 0) {
            return;
        }
        for (Attribute attribute : element.attributes()) {
            addAttribute(attribute);
        }
    }

    /** Adds the element's tag name; its attributes are added one by one, by a walk that reads them anyway. */
    void addTag(Element element) {
        tags.add(element.normalName());
    }

    /** Adds the tokens of one attribute of an element. */
    void addAttribute(Attribute attribute) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        attributes.add(key);
        if (key.equals("id")) {
            ids.add(attribute.getValue().toLowerCase(Locale.ROOT));
        } else if (key.equals("class")) {
            classAttributes.add(attribute.getValue());
        }
    }

    boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    boolean hasId(String id) {
        return ids.contains(id);
    }

    /**
     * Whether an element has the class, {@code name} in lower case. The page's class attributes are joined and
     * lower-cased once, when first asked, and searched for the name as a whole word: cheaper than splitting them
     * all into a set for the dozen names a page is asked about.
     */
    boolean hasClass(String name) {
        if (classes == null) {
            classes = String.join(" ", classAttributes).toLowerCase(Locale.ROOT);
        }
        for (int at = classes.indexOf(name); at >= 0; at = classes.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || Character.isWhitespace(classes.charAt(at - 1)))
                    && (end == classes.length() || Character.isWhitespace(classes.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    boolean hasAttribute(String key) {
        return attributes.contains(key);
    }
}
