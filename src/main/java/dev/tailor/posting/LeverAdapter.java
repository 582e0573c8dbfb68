package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Lever hosted job pages: {@code .posting-headline h2} for the title, {@code .posting-categories} for
 * location, commitment and workplace type, and {@code .section.page-centered} blocks for the description.
 */
final class LeverAdapter implements SiteAdapter {
    /** Lever ends category labels with a separator ("Engineering –", "Full-time /"). */
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*[/–—-]\\s*$");
    private static final Pattern LOGO_SUFFIX = Pattern.compile("(?i)\\s+(?:logo|home page)$");

    @Override
    public String marker() {
        return ".posting-headline";
    }

    @Override
    public boolean recognises(Document page) {
        return page.selectFirst(".posting-headline") != null && page.selectFirst(".posting-categories") != null;
    }

    @Override
    public PostingFields read(Document page) {
        String title = Pages.text(page, ".posting-headline h2, .posting-headline h1");
        String workplace = category(page, "workplaceTypes");
        String location = category(page, "location");
        List<TextBlock> description = new ArrayList<>();
        for (Element section : page.select(".section-wrapper .section.page-centered")) {
            if (isDescription(section)) {
                description.addAll(HtmlBlocks.of(section));
            }
        }
        return new PostingFields(
                title,
                company(page, title),
                location,
                RemoteWords.firstIn(workplace, location),
                category(page, "commitment"),
                null,
                description);
    }

    private static boolean isDescription(Element section) {
        return !section.hasClass("posting-header")
                && !section.hasClass("last-section-apply")
                && section.selectFirst(".posting-headline, form, .postings-btn, .application-form") == null;
    }

    private static @Nullable String category(Document page, String name) {
        String value = Pages.text(page, ".posting-categories ." + name);
        return value == null ? null : TextNormalizer.blankToNull(TRAILING_SEPARATOR.matcher(value).replaceFirst(""));
    }

    /** Lever pages name the company in the page title ("Acme - Engineer"), the logo and the footer link. */
    private static @Nullable String company(Document page, @Nullable String title) {
        String fromTitle = TitlePatterns.parse(page.title(), title).company();
        if (fromTitle != null) {
            return fromTitle;
        }
        Element logo = page.selectFirst(".main-header-logo img[alt]");
        if (logo != null) {
            String alt = TextNormalizer.blankToNull(LOGO_SUFFIX.matcher(logo.attr("alt")).replaceFirst(""));
            if (alt != null) {
                return alt;
            }
        }
        String footer = Pages.text(page, ".main-footer-text a");
        return footer == null ? null : TextNormalizer.blankToNull(LOGO_SUFFIX.matcher(footer).replaceFirst(""));
    }
}
