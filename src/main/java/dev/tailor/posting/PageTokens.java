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

/**
 * The tag names, ids, class names and attribute names a page holds, and which elements hold them, collected in one
 * walk over it. A {@link PageQuery} whose parts are not all on the page cannot match, and is answered without
 * another walk; one that can is answered from the few elements that carry what its subject needs.
 */
final class PageTokens {
    private static final char ASCII_END = 0x80;
    /** The page's elements in document order; the lists below hold positions in it. */
    private final List<Element> elements = new ArrayList<>();
    private final Map<String, Positions> tags = new HashMap<>();
    private final Map<String, Positions> ids = new HashMap<>();
    /** Class attributes as written: pages repeat the same few many times, so each is kept (and split) once. */
    private final Map<String, Positions> classAttributes = new HashMap<>();
    /** Each class name, folded ({@link #folded}), and the class attributes that hold it. */
    private final Map<String, List<Positions>> classes = new HashMap<>();
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
        String key = lowerCase(attribute.getKey());
        attributes.computeIfAbsent(key, name -> new Positions()).add(position);
        if (key.equals("id")) {
            ids.computeIfAbsent(lowerCase(attribute.getValue()), id -> new Positions()).add(position);
        } else if (key.equals("class")) {
            Positions positions = classAttributes.get(attribute.getValue());
            if (positions == null) {
                positions = new Positions();
                classAttributes.put(attribute.getValue(), positions);
                addClassNames(attribute.getValue(), positions);
            }
            positions.add(position);
        }
    }

    /**
     * The text in lower case, as {@code toLowerCase(Locale.ROOT)} gives it. The HTML parser hands out attribute names
     * in lower case already, and most ids are: those are returned as they are after a cheaper look than its.
     */
    private static String lowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= ASCII_END) {
                return text.toLowerCase(Locale.ROOT);
            }
        }
        return text;
    }

    /** Files a new class attribute under each class name it holds, split at white space as jsoup splits it. */
    private void addClassNames(String attribute, Positions positions) {
        int start = -1;
        for (int i = 0; i <= attribute.length(); i++) {
            boolean space = i == attribute.length() || isWhitespace(attribute.charAt(i));
            if (space && start >= 0) {
                List<Positions> holders = classes.computeIfAbsent(folded(attribute, start, i), name -> new ArrayList<>());
                if (holders.isEmpty() || holders.get(holders.size() - 1) != positions) {
                    holders.add(positions);
                }
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
    }

    /**
     * The class name with each char folded as {@link String#equalsIgnoreCase} compares chars: a name in lower case
     * equals it, ignoring case, exactly when it equals the folded name.
     */
    private static String folded(String text, int start, int end) {
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            // ASCII, nearly every class name, folds to lower case; the lookups are for the rest.
            chars[i - start] = c < ASCII_END ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(chars);
    }

    /** {@link Character#isWhitespace}, answered for ASCII without the lookup: only controls and the space are. */
    private static boolean isWhitespace(char c) {
        return c <= ' ' ? Character.isWhitespace(c) : c >= ASCII_END && Character.isWhitespace(c);
    }

    boolean hasTag(String tag) {
        return tags.containsKey(tag);
    }

    boolean hasId(String id) {
        return ids.containsKey(id);
    }

    /** Whether an element has the class, {@code name} in lower case, as jsoup's {@link Element#hasClass} tells. */
    boolean hasClass(String name) {
        return classes.containsKey(name);
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
        return classes.getOrDefault(name, List.of());
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
