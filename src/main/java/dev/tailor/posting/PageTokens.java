package dev.tailor.posting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The tag names, ids, class names and attribute names a page holds, and which elements hold them, collected in one
 * walk over it. A {@link PageQuery} whose parts are not all on the page cannot match, and is answered without
 * another walk; one that can is answered from the few elements that carry what its subject needs.
 */
final class PageTokens {
    /** The page's elements in document order; the lists below hold positions in it. */
    private final List<Element> elements = new ArrayList<>();
    private final Map<String, Positions> tags = new HashMap<>();
    private final Map<String, Positions> ids = new HashMap<>();
    /** Class attributes as written: pages repeat the same few many times, so each is kept once. */
    private final Map<String, Positions> classAttributes = new HashMap<>();
    /** The class attributes joined by spaces and lower-cased, when first asked. */
    private @Nullable String classes;
    private final Map<String, Positions> attributes = new HashMap<>();

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

    /** Adds the tokens of one element, the next in document order. */
    void add(Element element) {
        addTag(element);
        if (element.attributesSize() == 0) {
            return;
        }
        for (Attribute attribute : element.attributes()) {
            addAttribute(attribute);
        }
    }

    /**
     * Adds the next element in document order and its tag name; its attributes are added one by one after it, by a
     * walk that reads them anyway.
     */
    void addTag(Element element) {
        elements.add(element);
        tags.computeIfAbsent(element.normalName(), tag -> new Positions()).add(elements.size() - 1);
    }

    /** Adds the tokens of one attribute of the element added last. */
    void addAttribute(Attribute attribute) {
        int position = elements.size() - 1;
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        attributes.computeIfAbsent(key, name -> new Positions()).add(position);
        if (key.equals("id")) {
            ids.computeIfAbsent(attribute.getValue().toLowerCase(Locale.ROOT), id -> new Positions()).add(position);
        } else if (key.equals("class")) {
            classAttributes.computeIfAbsent(attribute.getValue(), value -> new Positions()).add(position);
        }
    }

    boolean hasTag(String tag) {
        return tags.containsKey(tag);
    }

    boolean hasId(String id) {
        return ids.containsKey(id);
    }

    /**
     * Whether an element has the class, {@code name} in lower case. The page's class attributes are joined and
     * lower-cased once, when first asked, and searched for the name as a whole word: cheaper than splitting them
     * all into a set for the dozen names a page is asked about.
     */
    boolean hasClass(String name) {
        if (classes == null) {
            classes = String.join(" ", classAttributes.keySet()).toLowerCase(Locale.ROOT);
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
        return attributes.containsKey(key);
    }

    /** The element at a position the lookups below give. */
    Element element(int position) {
        return elements.get(position);
    }

    /** How many elements the page held when it was read. */
    int size() {
        return elements.size();
    }

    /** The positions of the elements with the tag, in document order. */
    Positions withTag(String tag) {
        return tags.getOrDefault(tag, Positions.NONE);
    }

    /** The positions of the elements whose id is {@code id} in lower case, in document order. */
    Positions withId(String id) {
        return ids.getOrDefault(id, Positions.NONE);
    }

    /** The positions of the elements with the attribute, {@code key} in lower case, in document order. */
    Positions withAttribute(String key) {
        return attributes.getOrDefault(key, Positions.NONE);
    }

    /**
     * The positions of the elements with the class, {@code name} in lower case: every one of them, and only them,
     * as jsoup's {@link Element#hasClass} tells, which splits the attribute at white space and ignores case. Not in
     * document order: one list per distinct class attribute that holds the name.
     */
    List<Positions> withClass(String name) {
        List<Positions> found = new ArrayList<>();
        for (Map.Entry<String, Positions> entry : classAttributes.entrySet()) {
            if (holdsClass(entry.getKey(), name)) {
                found.add(entry.getValue());
            }
        }
        return found;
    }

    private static boolean holdsClass(String attribute, String name) {
        int last = attribute.length() - name.length();
        for (int at = 0; at <= last; at++) {
            if ((at == 0 || Character.isWhitespace(attribute.charAt(at - 1)))
                    && attribute.regionMatches(true, at, name, 0, name.length())
                    && (at == last || Character.isWhitespace(attribute.charAt(at + name.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Positions of elements in document order, as a growing array: pages have thousands of elements. */
    static final class Positions {
        static final Positions NONE = new Positions();
        private static final int FIRST_CAPACITY = 4;

        private int[] values = new int[FIRST_CAPACITY];
        private int size;

        void add(int position) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }

        int size() {
            return size;
        }

        int get(int index) {
            return values[index];
        }
    }
}
