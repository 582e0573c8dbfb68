package dev.tailor.posting;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/** Small lookups on parsed pages that several readers share. */
final class Pages {
    /** The meta queries by key: a handful of keys, each asked of every page, compiled once. */
    private static final Map<String, Evaluator> META_BY_KEY = new ConcurrentHashMap<>();
    /** jsoup parses a query given as a string at every call; readers that build theirs ask here, once a query. */
    private static final Map<String, Evaluator> QUERIES = new ConcurrentHashMap<>();

    private Pages() {
    }

    /** The cleaned text of the first element matching the selector, or null when there is none or it is blank. */
    static @Nullable String text(Element root, String cssQuery) {
        Element element = root.selectFirst(query(cssQuery));
        return element == null ? null : TextNormalizer.blankToNull(element.text());
    }

    /** The first element matching the first of the queries that matches anything, or null. */
    static @Nullable Element first(Element root, List<String> cssQueries) {
        for (String query : cssQueries) {
            Element element = root.selectFirst(query(query));
            if (element != null) {
                return element;
            }
        }
        return null;
    }

    /** The query compiled, once for all calls with the same text. */
    static Evaluator query(String css) {
        return QUERIES.computeIfAbsent(css, QueryParser::parse);
    }

    /** The first of the elements (a scan's, in document order) that matches the query, or null. */
    static @Nullable Element firstMatching(List<Element> elements, Evaluator query) {
        for (Element element : elements) {
            if (element.is(query)) {
                return element;
            }
        }
        return null;
    }

    /**
     * The content of the first {@code <meta>} whose property or name is {@code key}, or null; among the meta tags
     * the page's scan found, which are the head's when it has any (it always does on a real page).
     */
    static @Nullable String meta(PageScan scan, String key) {
        Evaluator query = metaQuery(key);
        for (Element element : scan.metas()) {
            // A tag whose property and name do not hold the key, in any case, cannot match: most are not queried.
            if ((holdsIgnoringCase(element.attr("property"), key) || holdsIgnoringCase(element.attr("name"), key))
                    && element.is(query)) {
                return TextNormalizer.blankToNull(element.attr("content"));
            }
        }
        return null;
    }

    private static boolean holdsIgnoringCase(String value, String key) {
        for (int at = 0; at <= value.length() - key.length(); at++) {
            if (value.regionMatches(true, at, key, 0, key.length())) {
                return true;
            }
        }
        return false;
    }

    private static Evaluator metaQuery(String key) {
        return META_BY_KEY.computeIfAbsent(key,
                name -> QueryParser.parse("meta[property=" + name + "], meta[name=" + name + "]"));
    }
}
