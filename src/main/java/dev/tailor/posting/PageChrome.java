package dev.tailor.posting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Removes what surrounds a posting on a saved page: navigation, headers and footers, forms, cookie banners,
 * sign-in walls and modals, and "similar jobs" lists.
 */
final class PageChrome {
    private static final String CHROME_TAGS = "script, style, noscript, template, iframe, svg, button, dialog, "
            + "nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog], [role=alertdialog], [aria-modal=true], [hidden]";
    /** Tokens of ids and classes that mark chrome; matched inside each class name ("cookie-banner", "authwall"). */
    private static final List<String> CHROME_NAMES = List.of(
            "cookie", "consent", "gdpr", "onetrust", "didomi", "usercentrics",
            "sign-in", "signin", "sign_in", "login", "log-in", "authwall", "auth-wall", "regwall", "paywall",
            "modal", "popup", "newsletter", "subscribe",
            "similar", "related", "recommend", "more-jobs", "morejobs", "other-jobs", "also-viewed", "people-also",
            "breadcrumb", "share-", "social", "skip-link", "skip-nav");
    /** Headings over lists of other jobs; the heading's section goes with it. */
    private static final Pattern OTHER_JOBS_HEADING = Pattern.compile(
            "(?i)^(?:similar|related|other|more|recommended|recent|latest)\\b.{0,30}\\b(?:jobs?|roles?|positions?|openings?|vacancies)\\b.*"
                    + "|^you (?:may|might) also like.*|^people also (?:viewed|searched).*|^more open roles.*"
                    + "|^(?:ähnliche|weitere) (?:jobs|stellen(?:angebote)?).*|^podobné nabídky.*");
    private static final int MAX_HEADING_CHARS = 80;

    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Set<String> SCRIPT_TAGS = Set.of("script", "style", "noscript", "template");
    private static final Evaluator CHROME_TAGS_QUERY = QueryParser.parse(CHROME_TAGS);
    /** The tags of {@link #CHROME_TAGS}, and the attributes its other parts need: a first check before the query. */
    private static final Set<String> CHROME_TAG_NAMES = Set.of("script", "style", "noscript", "template", "iframe",
            "svg", "button", "dialog", "nav", "header", "footer", "aside", "form");
    private static final List<String> CHROME_ATTRIBUTES = List.of("role", "aria-modal", "hidden");
    private static final Set<String> HEADING_TAGS = Set.of("h2", "h3", "h4", "h5", "h6", "strong");
    private static final int SCRIPT = 1;
    private static final int CHROME_TAG = 2;
    private static final int HEADING = 4;
    /** What each tag of the sets above is, as flags: one lookup an element instead of one a set. */
    private static final Map<String, Integer> ROLES = roles();

    private PageChrome() {
    }

    /**
     * Removes the chrome from the document in place; an element holding the page's {@code h1} is kept. Returns what
     * it removed, to put the page back.
     */
    static RemovedNodes strip(Document page) {
        return strip(page, page.selectFirst(H1));
    }

    /**
     * Removes the chrome from the document in place; an element holding {@code h1}, the page's first, is kept.
     *
     * <p>One walk does what four selects over the page did in turn (scripts and styles, chrome tags, chrome names,
     * then "similar jobs" headings): an element is removed, with all it holds, by the first rule that takes it, and
     * the headings are those the walk kept. Scripts and styles go whatever they hold: an {@code h1} inside one
     * protects nothing.
     */
    static RemovedNodes strip(Document page, @Nullable Element h1) {
        Set<Element> holdingH1 = h1 == null ? Set.of() : elementsHolding(h1);
        List<Element> removed = new ArrayList<>();
        List<Element> headings = new ArrayList<>();
        // Pages repeat the same class attribute on many elements: each is tested for chrome names once.
        Map<String, Boolean> chromeClasses = new HashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || node == page) {
                    return FilterResult.CONTINUE;
                }
                int role = ROLES.getOrDefault(element.normalName(), 0);
                if ((role & SCRIPT) != 0
                        || (isChrome(element, role, chromeClasses) && !holdingH1.contains(element) && !isPageFrame(element))) {
                    removed.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if ((role & HEADING) != 0) {
                    headings.add(element);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, page);
        RemovedNodes removals = new RemovedNodes();
        for (Element element : removed) {
            removals.remove(element);
        }
        for (Element heading : headings) {
            if (heading.parent() != null && isOtherJobsHeading(heading.text())) {
                removeSection(heading, removals);
            }
        }
        return removals;
    }

    private static Map<String, Integer> roles() {
        Map<String, Integer> roles = new HashMap<>();
        SCRIPT_TAGS.forEach(tag -> roles.merge(tag, SCRIPT, (a, b) -> a | b));
        CHROME_TAG_NAMES.forEach(tag -> roles.merge(tag, CHROME_TAG, (a, b) -> a | b));
        HEADING_TAGS.forEach(tag -> roles.merge(tag, HEADING, (a, b) -> a | b));
        return Map.copyOf(roles);
    }

    /**
     * The h1 and its ancestors, none of which may be removed; none when a script, style, noscript or template
     * holds the h1, as those go first and take it with them.
     */
    private static Set<Element> elementsHolding(Element h1) {
        Set<Element> holding = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element = h1; element != null; element = element.parent()) {
            if (SCRIPT_TAGS.contains(element.normalName())) {
                return Set.of();
            }
            holding.add(element);
        }
        return holding;
    }

    private static boolean isPageFrame(Element element) {
        return element.normalName().equals("body") || element.normalName().equals("html");
    }

    /** A chrome tag or role, or an id or class with a chrome name. */
    private static boolean isChrome(Element element, int role, Map<String, Boolean> chromeClasses) {
        if (((role & CHROME_TAG) != 0 || hasAnyAttribute(element, CHROME_ATTRIBUTES))
                && element.is(CHROME_TAGS_QUERY)) {
            return true;
        }
        return (element.hasAttr("class") || element.hasAttr("id")) && isChromeNamed(element, chromeClasses);
    }

    private static boolean hasAnyAttribute(Element element, List<String> keys) {
        if (element.attributesSize() == 0) {
            return false;
        }
        for (String key : keys) {
            if (element.hasAttr(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the id or the class names a chrome part; no name holds a space, so each is searched on its own. */
    private static boolean isChromeNamed(Element element, Map<String, Boolean> chromeClasses) {
        return hasChromeName(element.id()) || chromeClasses.computeIfAbsent(element.className(), PageChrome::hasChromeName);
    }

    private static boolean hasChromeName(String value) {
        if (value.isEmpty()) {
            return false;
        }
        String names = value.toLowerCase(Locale.ROOT);
        for (String token : CHROME_NAMES) {
            if (names.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOtherJobsHeading(String text) {
        String clean = TextNormalizer.inline(text);
        return clean.length() <= MAX_HEADING_CHARS && OTHER_JOBS_HEADING.matcher(clean).matches();
    }

    /** Removes a heading and what it heads: its whole container when it opens one, else what follows it. */
    private static void removeSection(Element heading, RemovedNodes removals) {
        Element container = heading;
        while (container.parent() != null && container.parent().firstElementChild() == container
                && !container.parent().normalName().equals("body")
                && container.parent().selectFirst(H1) == null) {
            container = container.parent();
            if (!container.normalName().equals("strong") && !container.normalName().equals("p")) {
                break;
            }
        }
        if (container != heading) {
            removals.remove(container);
            return;
        }
        Element next = heading.nextElementSibling();
        removals.remove(heading);
        while (next != null) {
            Element following = next.nextElementSibling();
            removals.remove(next);
            next = following;
        }
    }
}
