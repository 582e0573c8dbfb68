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
    private static final char ASCII_END = 0x80;
    private static final int FIRST_CLASS_ATTRIBUTES = 64;
    /** The fold of each char of Latin-1 and Latin Extended-A, as {@link #classText} folds every char. */
    private static final char[] FOLDS = new char[0x180];

    static {
        for (char c = 0; c < FOLDS.length; c++) {
            FOLDS[c] = Character.toLowerCase(Character.toUpperCase(c));
        }
    }

    /** The page's elements in document order; the lists below hold positions in it. */
    private final List<Element> elements = new ArrayList<>();
    private final Map<String, Positions> tags = new HashMap<>();
    private final Map<String, Positions> ids = new HashMap<>();
    private final Map<String, Positions> attributes = new HashMap<>();
    /**
     * Every class attribute of the page, as written, and the position of the element that holds it: a page has
     * hundreds, and splitting each into names to file them cost more than the rest of the index. The few class names
     * queries ask for are searched in one text of them all, folded, made when first searched ({@link #classText}).
     */
    private String[] classValues = new String[FIRST_CLASS_ATTRIBUTES];
    private int[] classHolders = new int[FIRST_CLASS_ATTRIBUTES];
    private int classCount;
    /** The length of the class text: each attribute with a space before it. */
    private int classLength;
    private @Nullable String foldedClassText;
    /** Where each class attribute starts in {@link #foldedClassText}. */
    private int[] classStarts = new int[0];
    /** The elements found for each class name asked for, folded. */
    private final Map<String, Positions> classes = new HashMap<>();

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

    /** Adds the next element in document order and its tag name. */
    private void addTag(Element element) {
        elements.add(element);
        tags.computeIfAbsent(element.normalName(), tag -> new Positions()).add(elements.size() - 1);
    }

    /** Adds the tokens of one attribute of the element added last. */
    private void addAttribute(Attribute attribute) {
        int position = elements.size() - 1;
        String key = lowerCase(attribute.getKey());
        attributes.computeIfAbsent(key, name -> new Positions()).add(position);
        if (key.equals("id")) {
            ids.computeIfAbsent(lowerCase(attribute.getValue()), id -> new Positions()).add(position);
        } else if (key.equals("class")) {
            addClassAttribute(attribute.getValue(), position);
        }
    }

    /** Keeps a class attribute for the page's class text. */
    private void addClassAttribute(String value, int position) {
        if (classCount == classValues.length) {
            classValues = Arrays.copyOf(classValues, classCount * 2);
            classHolders = Arrays.copyOf(classHolders, classCount * 2);
        }
        classValues[classCount] = value;
        classHolders[classCount++] = position;
        classLength += value.length() + 1;
        // Tokens are read in one walk before any query; should one come later, nothing found before stands.
        foldedClassText = null;
        classes.clear();
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

    /**
     * The page's class text with each char folded as {@link String#equalsIgnoreCase} compares chars: a class name in
     * lower case equals a name of an attribute, ignoring case, exactly when the folded text holds it there. Folded once,
     * when first searched.
     */
    private String classText() {
        if (foldedClassText == null) {
            char[] chars = new char[classLength];
            classStarts = new int[classCount];
            int at = 0;
            for (int i = 0; i < classCount; i++) {
                chars[at++] = ' ';
                classStarts[i] = at;
                String value = classValues[i];
                value.getChars(0, value.length(), chars, at);
                at += value.length();
            }
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                // Nearly every char of a class name is in the table; the lookups are for the rest.
                chars[i] = c < FOLDS.length ? FOLDS[c] : Character.toLowerCase(Character.toUpperCase(c));
            }
            foldedClassText = new String(chars);
        }
        return foldedClassText;
    }

    /**
     * The positions of the elements whose class attribute holds {@code part} (lower case, no white space) folded,
     * as a whole name when {@code wholeName}, else anywhere; in document order.
     */
    private Positions withClassText(String part, boolean wholeName) {
        String text = classText();
        Positions found = new Positions();
        int holder = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            int end = at + part.length();
            boolean startsName = at == 0 || isWhitespace(text.charAt(at - 1));
            boolean endsName = end == text.length() || isWhitespace(text.charAt(end));
            if (wholeName && !(startsName && endsName)) {
                continue;
            }
            // The attributes are in document order, and so are the matches: the holder only moves forward.
            while (holder + 1 < classCount && classStarts[holder + 1] <= at) {
                holder++;
            }
            int position = classHolders[holder];
            if (found.size() == 0 || found.get(found.size() - 1) != position) {
                found.add(position);
            }
        }
        return found;
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
        return withClass(name).get(0).size() > 0;
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

    /**
     * The positions of the elements whose class attribute holds the lower-case ASCII {@code word} in any case, as
     * part of a name or across names: as {@code value.toLowerCase().contains(word)} tells, in document order.
     */
    Positions withClassContaining(String word) {
        return withClassText(word, false);
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
     * as jsoup's {@link Element#hasClass} tells, which splits the attribute at white space and ignores case; in
     * document order, as the only list of the answer.
     */
    List<Positions> withClass(String name) {
        Positions found = classes.get(name);
        if (found == null) {
            found = name.isEmpty() || hasWhiteSpace(name) ? Positions.NONE : withClassText(name, true);
            classes.put(name, found);
        }
        return List.of(found);
    }

    private static boolean hasWhiteSpace(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (isWhitespace(name.charAt(i))) {
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
