package dev.tailor.posting;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * We Work Remotely pages: {@code .listing-header h1}, the company in the company card, tags for the
 * employment type and the region the remote job is open to ("USA Only", "Anywhere (100% Remote) Only"),
 * and {@code #job-listing-show-container}. Every job there is remote; the company card's place is the
 * company's office, not the job's.
 */
final class WeWorkRemotelyAdapter implements SiteAdapter {
    private static final Pattern ONLY = Pattern.compile("(?i)\\s+only$");
    private static final List<String> EMPLOYMENT_TAGS = List.of("full-time", "contract", "part-time", "internship");
    private static final PageQuery TITLE = PageQuery.of(".listing-header h1");
    private static final PageQuery DESCRIPTION = PageQuery.of("#job-listing-show-container");
    private static final PageQuery COMPANY = PageQuery.of(".company-card h2, #mobile-company");
    private static final PageQuery TAGS = PageQuery.of(".listing-header .listing-tag");

    @Override
    public String marker() {
        return ".listing-header";
    }

    @Override
    public boolean recognises(PageScan page) {
        return page.first(TITLE) != null && page.first(DESCRIPTION) != null;
    }

    @Override
    public PostingFields read(PageScan page) {
        Element description = page.first(DESCRIPTION);
        List<Element> tags = page.all(TAGS);
        return new PostingFields(
                page.text(TITLE),
                page.text(COMPANY),
                region(tags),
                Remote.YES,
                employmentType(tags),
                null,
                description == null ? List.of() : HtmlBlocks.of(description));
    }

    private static @Nullable String region(List<Element> tags) {
        for (Element tag : tags) {
            String text = TextNormalizer.inline(tag.text());
            if (ONLY.matcher(text).find()) {
                return TextNormalizer.blankToNull(ONLY.matcher(text).replaceFirst(""));
            }
        }
        return null;
    }

    private static @Nullable String employmentType(List<Element> tags) {
        for (Element tag : tags) {
            String text = TextNormalizer.inline(tag.text());
            if (EMPLOYMENT_TAGS.contains(text.toLowerCase(Locale.ROOT))) {
                return text;
            }
        }
        return null;
    }
}
