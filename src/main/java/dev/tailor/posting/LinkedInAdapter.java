package dev.tailor.posting;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * LinkedIn job pages, logged-out ({@code .top-card-layout__title}, {@code .topcard__org-name-link},
 * {@code .show-more-less-html__markup}, the job criteria list) and the older and logged-in top-card layouts.
 */
final class LinkedInAdapter implements SiteAdapter {
    private static final String TITLE = ".top-card-layout__title, .topcard__title, "
            + ".job-details-jobs-unified-top-card__job-title, .jobs-unified-top-card__job-title";
    private static final String COMPANY = ".topcard__org-name-link, "
            + ".job-details-jobs-unified-top-card__company-name, .jobs-unified-top-card__company-name";
    /** In order of preference: the outer ones also hold "Show more" buttons and criteria. */
    private static final List<String> DESCRIPTION = List.of(
            ".show-more-less-html__markup", ".description__text", ".jobs-description__content", "#job-details");
    private static final String CRITERIA = ".description__job-criteria-item, .job-criteria__item";

    @Override
    public String marker() {
        return TITLE;
    }

    @Override
    public boolean recognises(Document page) {
        return page.selectFirst(TITLE) != null && Pages.first(page, DESCRIPTION) != null;
    }

    @Override
    public PostingFields read(Document page) {
        String location = location(page);
        Element description = Pages.first(page, DESCRIPTION);
        String workplace = Pages.text(page, ".jobs-unified-top-card__workplace-type");
        return new PostingFields(
                Pages.text(page, TITLE),
                company(page),
                location,
                RemoteWords.firstIn(workplace, location),
                criterion(page, "employment type"),
                null,
                description == null ? List.of() : HtmlBlocks.of(description));
    }

    private static @Nullable String company(Document page) {
        String linked = Pages.text(page, COMPANY);
        if (linked != null) {
            return linked;
        }
        // Without a company page, LinkedIn writes the name as the first plain flavor of the top card.
        for (Element flavor : page.select(".topcard__flavor")) {
            if (!isMetadata(flavor)) {
                String name = TextNormalizer.blankToNull(flavor.text());
                if (name != null) {
                    return name;
                }
            }
        }
        Element logo = page.selectFirst(".topcard__logo-container img[alt], img.company-logo[alt]");
        return logo == null ? null : TextNormalizer.blankToNull(logo.attr("alt"));
    }

    private static @Nullable String location(Document page) {
        for (Element bullet : page.select(".topcard__flavor--bullet, .jobs-unified-top-card__bullet")) {
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

    private static @Nullable String criterion(Document page, String name) {
        for (Element item : page.select(CRITERIA)) {
            String header = Pages.text(item, "h3");
            if (header != null && header.toLowerCase(Locale.ROOT).equals(name)) {
                return Pages.text(item, ".description__job-criteria-text, .job-criteria__text");
            }
        }
        return null;
    }
}
