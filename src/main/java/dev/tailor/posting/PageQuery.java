package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * A CSS query compiled once, which also knows the tags, ids, classes and attributes an element must carry to match
 * it: on a page without them ({@link PageTokens}) it is answered without a walk over the page. Most of the queries
 * that look for a site's layout or a notice find nothing on most pages, and each walk costs a large part of a parse.
 */
final class PageQuery {
    /** An attribute selector, reduced to its name: its value may hold dots and hashes that are not classes or ids. */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\[\\s*([^\\]=~^$*|!\\s]+)[^\\]]*\\]");
    private static final Pattern TOKEN = Pattern.compile("([.#@]?)(-?[A-Za-z_][\\w-]*)");

    private final String css;
    private final Evaluator evaluator;
    /** One test per comma-separated alternative; the query can only match when one of them passes. */
    private final List<Predicate<PageTokens>> alternatives;

    private PageQuery(String css) {
        this.css = css;
        this.evaluator = QueryParser.parse(css);
        this.alternatives = requirements(css);
    }

    /** Compiles the query; fails as jsoup does on a query it cannot parse. */
    static PageQuery of(String css) {
        return new PageQuery(css);
    }

    /** The first element of the page that matches, as {@link Element#selectFirst(Evaluator)} finds it. */
    @Nullable Element first(Document page, PageTokens tokens) {
        return mayMatch(tokens) ? page.selectFirst(evaluator) : null;
    }

    /** False only when no element of a page with these tokens can match. */
    boolean mayMatch(PageTokens tokens) {
        for (Predicate<PageTokens> alternative : alternatives) {
            if (alternative.test(tokens)) {
                return true;
            }
        }
        return false;
    }

    Evaluator evaluator() {
        return evaluator;
    }

    @Override
    public String toString() {
        return css;
    }

    /**
     * What each alternative requires. Only plain compound selectors joined by combinators are read; an alternative
     * with a pseudo-class ({@code :not}, {@code :has} ...) or anything unforeseen requires nothing, so it is always
     * walked.
     */
    private static List<Predicate<PageTokens>> requirements(String css) {
        List<Predicate<PageTokens>> alternatives = new ArrayList<>();
        for (String alternative : splitAlternatives(css)) {
            alternatives.add(requirement(alternative));
        }
        return List.copyOf(alternatives);
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

    private static Predicate<PageTokens> requirement(String alternative) {
        String reduced = ATTRIBUTE.matcher(alternative).replaceAll(" @$1 ");
        if (reduced.indexOf(':') >= 0 || reduced.indexOf('[') >= 0 || reduced.indexOf('\\') >= 0
                || reduced.indexOf('(') >= 0 || reduced.indexOf('*') >= 0 || reduced.indexOf('|') >= 0) {
            return tokens -> true;
        }
        List<Predicate<PageTokens>> needs = new ArrayList<>();
        // Combinators and spaces separate compounds; a compound's tag is its first token, unprefixed.
        String spaced = reduced.replaceAll("[>+~]", " ");
        Matcher matcher = TOKEN.matcher(spaced);
        int end = 0;
        while (matcher.find()) {
            String gap = spaced.substring(end, matcher.start());
            if (!gap.isBlank() && !gap.strip().isEmpty()) {
                return tokens -> true;
            }
            end = matcher.end();
            String name = matcher.group(2).toLowerCase(Locale.ROOT);
            switch (matcher.group(1)) {
                case "." -> needs.add(tokens -> tokens.hasClass(name));
                case "#" -> needs.add(tokens -> tokens.hasId(name));
                case "@" -> needs.add(tokens -> tokens.hasAttribute(name));
                default -> needs.add(tokens -> tokens.hasTag(name));
            }
        }
        if (!spaced.substring(end).isBlank()) {
            return tokens -> true;
        }
        return tokens -> needs.stream().allMatch(need -> need.test(tokens));
    }
}
