package dev.tailor.posting;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * A CSS query compiled once, which also knows the tags, ids, classes and attributes an element must carry to match
 * it: on a page without them ({@link PageTokens}) it is answered without a walk over the page, and on a page with
 * them it tests only the elements that carry what its subject (the last compound) needs. Most of the queries that
 * look for a site's layout or a notice find nothing on most pages, and each walk costs a large part of a parse.
 */
final class PageQuery {
    /** An attribute selector, reduced to its name: its value may hold dots and hashes that are not classes or ids. */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\[\\s*([^\\]=~^$*|!\\s]+)[^\\]]*\\]");
    private static final Pattern TOKEN = Pattern.compile("([.#@]?)(-?[A-Za-z_][\\w-]*)");

    private final String css;
    private final Evaluator evaluator;
    /** What each comma-separated alternative needs; null for one beyond this reading, which is always walked. */
    private final List<@Nullable Alternative> alternatives;
    /** Whether every alternative names what its subject needs, so candidates can stand in for a walk. */
    private final boolean indexed;

    private PageQuery(String css) {
        this.css = css;
        this.evaluator = QueryParser.parse(css);
        List<@Nullable Alternative> read = new ArrayList<>();
        for (String alternative : splitAlternatives(css)) {
            read.add(Alternative.read(alternative));
        }
        this.alternatives = Collections.unmodifiableList(read);
        this.indexed = !read.contains(null);
    }

    /** Compiles the query; fails as jsoup does on a query it cannot parse. */
    static PageQuery of(String css) {
        return new PageQuery(css);
    }

    /**
     * The first element of the page that matches, as {@link Element#selectFirst(Evaluator)} finds it. The tokens
     * are the page's, read before any change to it.
     */
    @Nullable Element first(Document page, PageTokens tokens) {
        if (!mayMatch(tokens)) {
            return null;
        }
        if (!indexed) {
            return page.selectFirst(evaluator);
        }
        BitSet candidates = candidates(tokens);
        for (int at = candidates.nextSetBit(0); at >= 0; at = candidates.nextSetBit(at + 1)) {
            Element element = tokens.element(at);
            if (matches(page, element)) {
                return element;
            }
        }
        return null;
    }

    /** Every element of the page that matches, in document order, as {@link Element#select(Evaluator)} finds them. */
    List<Element> all(Document page, PageTokens tokens) {
        if (!mayMatch(tokens)) {
            return List.of();
        }
        if (!indexed) {
            return page.select(evaluator);
        }
        List<Element> found = new ArrayList<>();
        BitSet candidates = candidates(tokens);
        for (int at = candidates.nextSetBit(0); at >= 0; at = candidates.nextSetBit(at + 1)) {
            Element element = tokens.element(at);
            if (matches(page, element)) {
                found.add(element);
            }
        }
        return found;
    }

    /** False only when no element of a page with these tokens can match. */
    boolean mayMatch(PageTokens tokens) {
        for (Alternative alternative : alternatives) {
            if (alternative == null || alternative.mayMatch(tokens)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return css;
    }

    /** A candidate still on the page (chrome stripping takes elements out) that the whole query matches. */
    private boolean matches(Document page, Element element) {
        return element.ownerDocument() == page && element.is(evaluator);
    }

    /**
     * The positions of the elements that carry what the subject of an alternative needs: a superset of the matches,
     * in document order. Each alternative offers the shortest list among its subject's needs.
     */
    private BitSet candidates(PageTokens tokens) {
        BitSet candidates = new BitSet(tokens.size());
        for (Alternative alternative : alternatives) {
            if (alternative != null && alternative.mayMatch(tokens)) {
                for (PageTokens.Positions positions : alternative.fewestCandidates(tokens)) {
                    for (int i = 0; i < positions.size(); i++) {
                        candidates.set(positions.get(i));
                    }
                }
            }
        }
        return candidates;
    }

    private static List<String> splitAlternatives(String css) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(css.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(css.substring(start));
        return parts;
    }

    /** A tag, id, class or attribute name an element must carry. */
    private record Need(char kind, String name) {
        private static final char TAG = ' ';
        private static final char ID = '#';
        private static final char CLASS = '.';
        private static final char ATTRIBUTE = '@';

        boolean isOn(PageTokens tokens) {
            return switch (kind) {
                case CLASS -> tokens.hasClass(name);
                case ID -> tokens.hasId(name);
                case ATTRIBUTE -> tokens.hasAttribute(name);
                default -> tokens.hasTag(name);
            };
        }

        /** The positions of the elements that carry it; one list per class attribute for a class. */
        List<PageTokens.Positions> carriers(PageTokens tokens) {
            return switch (kind) {
                case CLASS -> tokens.withClass(name);
                case ID -> List.of(tokens.withId(name));
                case ATTRIBUTE -> List.of(tokens.withAttribute(name));
                default -> List.of(tokens.withTag(name));
            };
        }
    }

    /**
     * One comma-separated alternative: every need of its compounds, and those of its subject, the compound the
     * matched element itself must satisfy.
     */
    private record Alternative(List<Need> needs, List<Need> subject) {

        boolean mayMatch(PageTokens tokens) {
            for (Need need : needs) {
                if (!need.isOn(tokens)) {
                    return false;
                }
            }
            return true;
        }

        List<PageTokens.Positions> fewestCandidates(PageTokens tokens) {
            List<PageTokens.Positions> fewest = null;
            int fewestCount = Integer.MAX_VALUE;
            for (Need need : subject) {
                List<PageTokens.Positions> carriers = need.carriers(tokens);
                int count = 0;
                for (PageTokens.Positions positions : carriers) {
                    count += positions.size();
                }
                if (count < fewestCount) {
                    fewest = carriers;
                    fewestCount = count;
                }
            }
            return fewest;
        }

        /**
         * Reads plain compound selectors joined by combinators; an alternative with a pseudo-class ({@code :not},
         * {@code :has} ...) or anything unforeseen is null: it requires nothing, so it is always walked.
         */
        static @Nullable Alternative read(String alternative) {
            String reduced = ATTRIBUTE.matcher(alternative).replaceAll("@$1");
            if (reduced.indexOf(':') >= 0 || reduced.indexOf('[') >= 0 || reduced.indexOf('\\') >= 0
                    || reduced.indexOf('(') >= 0 || reduced.indexOf('*') >= 0 || reduced.indexOf('|') >= 0) {
                return null;
            }
            List<Need> needs = new ArrayList<>();
            List<Need> subject = new ArrayList<>();
            // Combinators and spaces separate compounds; a compound's tag is its first token, unprefixed.
            String spaced = reduced.replaceAll("[>+~]", " ");
            Matcher matcher = TOKEN.matcher(spaced);
            int end = 0;
            while (matcher.find()) {
                String gap = spaced.substring(end, matcher.start());
                if (!gap.isBlank()) {
                    return null;
                }
                if (!gap.isEmpty()) {
                    subject = new ArrayList<>();
                }
                end = matcher.end();
                String prefix = matcher.group(1);
                Need need = new Need(prefix.isEmpty() ? Need.TAG : prefix.charAt(0), matcher.group(2).toLowerCase(Locale.ROOT));
                needs.add(need);
                subject.add(need);
            }
            if (!spaced.substring(end).isBlank() || subject.isEmpty()) {
                return null;
            }
            return new Alternative(List.copyOf(needs), List.copyOf(subject));
        }
    }
}
