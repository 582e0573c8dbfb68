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
 * Reads title and company from what any page has: {@code og:title}, {@code og:site_name}, the
 * {@code <title>} and the first {@code h1}.
 */
final class PageMetadata {
    private static final Evaluator LOGO_ALT = QueryParser.parse("img[alt~=(?i)\\blogo\\b]");
    private static final Evaluator LOGO_MARKED = QueryParser.parse("img[alt][data-automation-id~=(?i)logo], "
            + "img[alt][class~=(?i)logo], img[alt][id~=(?i)logo], [class~=(?i)logo] img[alt], [id~=(?i)logo] img[alt]");
    private static final Pattern LOGO_WORDS = Pattern.compile("(?i)^\\s*logo\\s*(?:of\\s+|[-–:|]\\s*)?|\\s*[-–:|]?\\s*logo\\s*$");

    /**
     * Title, company and location from the page's metadata, which the scan of the page found; {@code knownTitle}
     * comes from stronger evidence.
     */
    PostingFields read(Document page, PageScan scan, @Nullable String knownTitle) {
        String ogTitle = firstOf(Pages.meta(scan, "og:title"), Pages.meta(scan, "twitter:title"));
        String pageTitle = TextNormalizer.blankToNull(scan.title());
        Element firstH1 = scan.firstH1();
        String h1 = firstH1 == null ? null : TextNormalizer.blankToNull(firstH1.text());

        String title = knownTitle != null ? knownTitle : title(ogTitle, pageTitle, h1);
        TitlePatterns.Parts fromOg = TitlePatterns.parse(ogTitle, title);
        TitlePatterns.Parts fromPage = TitlePatterns.parse(pageTitle, title);
        String company = firstOf(fromOg.company(), fromPage.company(),
                siteName(Pages.meta(scan, "og:site_name")),
                siteName(Pages.meta(scan, "application-name")),
                siteName(Pages.meta(scan, "apple-mobile-web-app-title")));
        if (company == null) {
            // searched last and only when needed
            company = logoName(scan);
        }
        if (company != null && title != null && company.equalsIgnoreCase(title)) {
            company = null;
        }
        return new PostingFields(title, company, firstOf(fromOg.location(), fromPage.location()),
                null, null, null, List.of());
    }

    private static @Nullable String title(@Nullable String ogTitle, @Nullable String pageTitle, @Nullable String h1) {
        if (h1 != null && (containsIgnoreCase(ogTitle, h1) || containsIgnoreCase(pageTitle, h1))) {
            // The h1 agrees with the metadata: it is the title, not a logo or a site name.
            return h1;
        }
        return firstOf(TitlePatterns.parse(ogTitle, null).title(), TitlePatterns.parse(pageTitle, null).title(), h1);
    }

    /**
     * The last resort: the first logo's alt text ("Acme logo", "Logo - Acme"), or the alt text of an image
     * the page marks as its logo (Workday's {@code data-automation-id="logo"}, a "logo" class or id).
     */
    private static @Nullable String logoName(PageScan scan) {
        // Both queries end in an img: the page's images are tested, not every element.
        Element logo = Pages.firstMatching(scan.images(), LOGO_ALT);
        if (logo == null) {
            logo = Pages.firstMatching(scan.images(), LOGO_MARKED);
        }
        if (logo == null) {
            return null;
        }
        String name = TextNormalizer.blankToNull(LOGO_WORDS.matcher(logo.attr("alt")).replaceAll(""));
        if (name == null || JobBoards.isNotACompany(name)) {
            return null;
        }
        return name.equals(name.toLowerCase(Locale.ROOT)) ? capitalized(name) : name;
    }

    /** "arla foods" becomes "Arla Foods": alt texts are often written in lower case. */
    private static String capitalized(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean startOfWord = true;
        for (char c : name.toCharArray()) {
            out.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = Character.isWhitespace(c);
        }
        return out.toString();
    }

    private static @Nullable String siteName(@Nullable String name) {
        return name == null || JobBoards.isNotACompany(name) ? null : name;
    }

    private static boolean containsIgnoreCase(@Nullable String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    @SafeVarargs
    private static <T> @Nullable T firstOf(@Nullable T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
