package dev.tailor.posting;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Ashby hosted job pages ({@code jobs.ashbyhq.com}): the title in {@code .ashby-job-posting-heading}, the
 * facts as label/value pairs in the left pane ("Location", "Employment Type", "Location Type"), the
 * description in the right pane. The company is in the page title ("Engineer @ Acme"), which metadata reads.
 */
final class AshbyAdapter implements SiteAdapter {
    private static final String LEFT_PANE = ".ashby-job-posting-left-pane";
    private static final String RIGHT_PANE = ".ashby-job-posting-right-pane";

    @Override
    public String marker() {
        return ".ashby-job-posting-heading";
    }

    @Override
    public boolean recognises(Document page) {
        return page.selectFirst(".ashby-job-posting-heading") != null;
    }

    @Override
    public PostingFields read(Document page) {
        Element left = page.selectFirst(LEFT_PANE);
        String location = left == null ? null : fact(left, "location");
        String locationType = left == null ? null : fact(left, "location type");
        Element description = Pages.first(page, List.of(RIGHT_PANE + " [class*=descriptionText]", RIGHT_PANE));
        return new PostingFields(
                Pages.text(page, ".ashby-job-posting-heading"),
                TitlePatterns.parse(page.title(), Pages.text(page, ".ashby-job-posting-heading")).company(),
                location,
                RemoteWords.firstIn(locationType, location),
                left == null ? null : fact(left, "employment type"),
                null,
                description == null ? List.of() : HtmlBlocks.of(description));
    }

    /** The value under a label of the left pane: the label is a heading, the value its next sibling. */
    private static @Nullable String fact(Element pane, String label) {
        for (Element heading : pane.select("h2, h3, dt")) {
            if (heading.text().strip().toLowerCase(Locale.ROOT).equals(label)) {
                Element value = heading.nextElementSibling();
                return value == null ? null : TextNormalizer.blankToNull(value.text());
            }
        }
        return null;
    }
}
