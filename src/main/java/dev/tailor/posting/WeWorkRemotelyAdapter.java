package dev.tailor.posting;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
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

    @Override
    public String marker() {
        return ".listing-header";
    }

    @Override
    public boolean recognises(Document page) {
        return page.selectFirst(".listing-header h1") != null && page.selectFirst("#job-listing-show-container") != null;
    }

    @Override
    public PostingFields read(Document page) {
        Element description = page.selectFirst("#job-listing-show-container");
        return new PostingFields(
                Pages.text(page, ".listing-header h1"),
                Pages.text(page, ".company-card h2, #mobile-company"),
                region(page),
                Remote.YES,
                employmentType(page),
                null,
                description == null ? List.of() : HtmlBlocks.of(description));
    }

    private static @Nullable String region(Document page) {
        for (Element tag : page.select(".listing-header .listing-tag")) {
            String text = TextNormalizer.inline(tag.text());
            if (ONLY.matcher(text).find()) {
                return TextNormalizer.blankToNull(ONLY.matcher(text).replaceFirst(""));
            }
        }
        return null;
    }

    private static @Nullable String employmentType(Document page) {
        for (Element tag : page.select(".listing-header .listing-tag")) {
            String text = TextNormalizer.inline(tag.text());
            if (EMPLOYMENT_TAGS.contains(text.toLowerCase(Locale.ROOT))) {
                return text;
            }
        }
        return null;
    }
}
