package dev.tailor.posting;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * LinkedIn job pages, logged-out ({@code .top-card-layout__title}, {@code .topcard__org-name-link},
 * {@code .show-more-less-html__markup}, the job criteria list) and the older and logged-in top-card layouts.
 */
final class LinkedInAdapter implements SiteAdapter {
    private static final String TITLE_CSS = ".top-card-layout__title, .topcard__title, "
            + ".job-details-jobs-unified-top-card__job-title, .jobs-unified-top-card__job-title";
    private static final PageQuery TITLE = PageQuery.of(TITLE_CSS);
    private static final PageQuery COMPANY = PageQuery.of(".topcard__org-name-link, "
            + ".job-details-jobs-unified-top-card__company-name, .jobs-unified-top-card__company-name");
    /** In order of preference: the outer ones also hold "Show more" buttons and criteria. */
    private static final List<PageQuery> DESCRIPTION = List.of(PageQuery.of(".show-more-less-html__markup"),
            PageQuery.of(".description__text"), PageQuery.of(".jobs-description__content"), PageQuery.of("#job-details"));
    private static final PageQuery CRITERIA = PageQuery.of(".description__job-criteria-item, .job-criteria__item");
    private static final PageQuery WORKPLACE = PageQuery.of(".jobs-unified-top-card__workplace-type");
    private static final PageQuery FLAVORS = PageQuery.of(".topcard__flavor");
    private static final PageQuery LOGO = PageQuery.of(".topcard__logo-container img[alt], img.company-logo[alt]");
    private static final PageQuery BULLETS = PageQuery.of(".topcard__flavor--bullet, .jobs-unified-top-card__bullet");

    @Override
    public String marker() {
        return TITLE_CSS;
    }

    @Override
    public boolean recognises(PageScan page) {
        return page.first(TITLE) != null && page.first(DESCRIPTION) != null;
    }

    @Override
    public PostingFields read(PageScan page) {
        String location = location(page);
        Element description = page.first(DESCRIPTION);
        String workplace = page.text(WORKPLACE);
        return new PostingFields(
                page.text(TITLE),
                company(page),
                location,
                RemoteWords.firstIn(workplace, location),
                criterion(page, "employment type"),
                null,
                description == null ? List.of() : HtmlBlocks.of(description));
    }

    private static @Nullable String company(PageScan page) {
        String linked = page.text(COMPANY);
        if (linked != null) {
            return linked;
        }
        // Without a company page, LinkedIn writes the name as the first plain flavor of the top card.
        for (Element flavor : page.all(FLAVORS)) {
            if (!isMetadata(flavor)) {
                String name = TextNormalizer.blankToNull(flavor.text());
                if (name != null) {
                    return name;
                }
            }
        }
        Element logo = page.first(LOGO);
        return logo == null ? null : TextNormalizer.blankToNull(logo.attr("alt"));
    }

    private static @Nullable String location(PageScan page) {
        for (Element bullet : page.all(BULLETS)) {
            if (!bullet.hasClass("topcard__flavor--metadata") && !bullet.className().contains("num-applicants")) {
                String location = TextNormalizer.blankToNull(bullet.text());
                if (location != null) {
                    return location;
                }
            }
        }
        return null;
    }

    private static boolean isMetadata(Element flavor) {
        return flavor.hasClass("topcard__flavor--bullet") || flavor.hasClass("topcard__flavor--metadata")
                || flavor.className().contains("closed-job");
    }

    private static @Nullable String criterion(PageScan page, String name) {
        for (Element item : page.all(CRITERIA)) {
            String header = Pages.text(item, "h3");
            if (header != null && header.toLowerCase(Locale.ROOT).equals(name)) {
                return Pages.text(item, ".description__job-criteria-text, .job-criteria__text");
            }
        }
        return null;
    }
}
