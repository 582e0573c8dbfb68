package dev.tailor.posting;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Ashby hosted job pages ({@code jobs.ashbyhq.com}): the title in {@code .ashby-job-posting-heading}, the
 * facts as label/value pairs in the left pane ("Location", "Employment Type", "Location Type"), the
 * description in the right pane. The company is in the page title ("Engineer @ Acme"), which metadata reads.
 */
final class AshbyAdapter implements SiteAdapter {
    private static final Evaluator HEADINGS = QueryParser.parse("h2, h3, dt");
    private static final String HEADING_CSS = ".ashby-job-posting-heading";
    private static final String RIGHT_PANE = ".ashby-job-posting-right-pane";
    private static final PageQuery HEADING = PageQuery.of(HEADING_CSS);
    private static final PageQuery LEFT_PANE = PageQuery.of(".ashby-job-posting-left-pane");
    private static final List<PageQuery> DESCRIPTION = List.of(
            PageQuery.of(RIGHT_PANE + " [class*=descriptionText]"), PageQuery.of(RIGHT_PANE));

    @Override
    public String marker() {
        return HEADING_CSS;
    }

    @Override
    public boolean recognises(PageScan page) {
        return page.first(HEADING) != null;
    }

    @Override
    public PostingFields read(PageScan page) {
        Element left = page.first(LEFT_PANE);
        String location = left == null ? null : fact(left, "location");
        String locationType = left == null ? null : fact(left, "location type");
        Element description = page.first(DESCRIPTION);
        return new PostingFields(
                page.text(HEADING),
                TitlePatterns.parse(page.title(), page.text(HEADING)).company(),
                location,
                RemoteWords.firstIn(locationType, location),
                left == null ? null : fact(left, "employment type"),
                null,
                description == null ? List.of() : HtmlBlocks.of(description));
    }

    /** The value under a label of the left pane: the label is a heading, the value its next sibling. */
    private static @Nullable String fact(Element pane, String label) {
        for (Element heading : pane.select(HEADINGS)) {
            if (heading.text().strip().toLowerCase(Locale.ROOT).equals(label)) {
                Element value = heading.nextElementSibling();
                return value == null ? null : TextNormalizer.blankToNull(value.text());
            }
        }
        return null;
    }
}
