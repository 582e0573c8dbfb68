package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Lever hosted job pages: {@code .posting-headline h2} for the title, {@code .posting-categories} for
 * location, commitment and workplace type, and {@code .section.page-centered} blocks for the description.
 */
final class LeverAdapter implements SiteAdapter {
    private static final Evaluator NOT_DESCRIPTION =
            QueryParser.parse(".posting-headline, form, .postings-btn, .application-form");
    /** Lever ends category labels with a separator ("Engineering –", "Full-time /"). */
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*[/–—-]\\s*$");
    private static final Pattern LOGO_SUFFIX = Pattern.compile("(?i)\\s+(?:logo|home page)$");
    private static final PageQuery HEADLINE = PageQuery.of(".posting-headline");
    private static final PageQuery CATEGORIES = PageQuery.of(".posting-categories");
    private static final PageQuery TITLE = PageQuery.of(".posting-headline h2, .posting-headline h1");
    private static final PageQuery SECTIONS = PageQuery.of(".section-wrapper .section.page-centered");
    private static final PageQuery WORKPLACE = category("workplaceTypes");
    private static final PageQuery LOCATION = category("location");
    private static final PageQuery COMMITMENT = category("commitment");
    private static final PageQuery LOGO = PageQuery.of(".main-header-logo img[alt]");
    private static final PageQuery FOOTER_LINK = PageQuery.of(".main-footer-text a");

    @Override
    public String marker() {
        return ".posting-headline";
    }

    @Override
    public boolean recognises(PageScan page) {
        return page.first(HEADLINE) != null && page.first(CATEGORIES) != null;
    }

    @Override
    public PostingFields read(PageScan page) {
        String title = page.text(TITLE);
        String workplace = category(page, WORKPLACE);
        String location = category(page, LOCATION);
        List<TextBlock> description = new ArrayList<>();
        for (Element section : page.all(SECTIONS)) {
            if (isDescription(section)) {
                description.addAll(HtmlBlocks.of(section));
            }
        }
        return new PostingFields(
                title,
                company(page, title),
                location,
                RemoteWords.firstIn(workplace, location),
                category(page, COMMITMENT),
                null,
                description);
    }

    private static PageQuery category(String name) {
        return PageQuery.of(".posting-categories ." + name);
    }

    private static boolean isDescription(Element section) {
        return !section.hasClass("posting-header")
                && !section.hasClass("last-section-apply")
                && section.selectFirst(NOT_DESCRIPTION) == null;
    }

    private static @Nullable String category(PageScan page, PageQuery category) {
        String value = page.text(category);
        return value == null ? null : TextNormalizer.blankToNull(TRAILING_SEPARATOR.matcher(value).replaceFirst(""));
    }

    /** Lever pages name the company in the page title ("Acme - Engineer"), the logo and the footer link. */
    private static @Nullable String company(PageScan page, @Nullable String title) {
        String fromTitle = TitlePatterns.parse(page.title(), title).company();
        if (fromTitle != null) {
            return fromTitle;
        }
        Element logo = page.first(LOGO);
        if (logo != null) {
            String alt = TextNormalizer.blankToNull(LOGO_SUFFIX.matcher(logo.attr("alt")).replaceFirst(""));
            if (alt != null) {
                return alt;
            }
        }
        String footer = page.text(FOOTER_LINK);
        return footer == null ? null : TextNormalizer.blankToNull(LOGO_SUFFIX.matcher(footer).replaceFirst(""));
    }
}
