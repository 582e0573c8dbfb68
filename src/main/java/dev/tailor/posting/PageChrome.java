package dev.tailor.posting;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
    private static final Evaluator SCRIPTS = QueryParser.parse("script, style, noscript, template");
    private static final Evaluator CHROME_TAGS_QUERY = QueryParser.parse(CHROME_TAGS);
    private static final Evaluator NAMED = QueryParser.parse("[class], [id]");
    private static final Evaluator HEADINGS = QueryParser.parse("h2, h3, h4, h5, h6, strong");

    private PageChrome() {
    }

    /** Removes the chrome from the document in place. An element holding the page's {@code h1} is kept. */
    static void strip(Document page) {
        Element h1 = page.selectFirst(H1);
        for (Element element : page.select(SCRIPTS)) {
            element.remove();
        }
        for (Element element : page.select(CHROME_TAGS_QUERY)) {
            removeUnlessHolds(element, h1);
        }
        for (Element element : page.select(NAMED)) {
            if (element.parent() != null && isChromeNamed(element)) {
                removeUnlessHolds(element, h1);
            }
        }
        for (Element heading : page.select(HEADINGS)) {
            if (heading.parent() != null && isOtherJobsHeading(heading.text())) {
                removeSection(heading);
            }
        }
    }

    private static void removeUnlessHolds(Element element, @Nullable Element h1) {
        if (element.parent() == null || element.normalName().equals("body") || element.normalName().equals("html")) {
            return;
        }
        if (h1 != null && (element == h1 || h1.parents().contains(element))) {
            return;
        }
        element.remove();
    }

    private static boolean isChromeNamed(Element element) {
        String names = (element.id() + " " + element.className()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
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
    private static void removeSection(Element heading) {
        Element container = heading;
        while (container.parent() != null && container.parent().firstElementChild() == container
                && !container.parent().normalName().equals("body")
                && container.parent().select("h1").isEmpty()) {
            container = container.parent();
            if (!container.normalName().equals("strong") && !container.normalName().equals("p")) {
                break;
            }
        }
        if (container != heading) {
            container.remove();
            return;
        }
        Element next = heading.nextElementSibling();
        heading.remove();
        while (next != null) {
            Element following = next.nextElementSibling();
            next.remove();
            next = following;
        }
    }
}
