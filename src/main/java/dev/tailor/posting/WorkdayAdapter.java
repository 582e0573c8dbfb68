package dev.tailor.posting;

import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Workday job pages ({@code *.myworkdayjobs.com}), which mark every field with a {@code data-automation-id}:
 * {@code jobPostingHeader}, {@code locations}, {@code time}, {@code jobPostingDescription}. Workday names
 * the company only in its logo, which {@link PageMetadata} reads.
 */
final class WorkdayAdapter implements SiteAdapter {
    private static final Evaluator DD = QueryParser.parse("dd");
    private static final String HEADER_CSS = "[data-automation-id=jobPostingHeader]";
    private static final PageQuery HEADER = PageQuery.of(HEADER_CSS);
    private static final PageQuery DESCRIPTION = field("jobPostingDescription");
    private static final PageQuery LOCATIONS = field("locations");
    private static final PageQuery REMOTE_TYPE = field("remoteType");
    private static final PageQuery TIME = field("time");

    @Override
    public String marker() {
        return HEADER_CSS;
    }

    @Override
    public boolean recognises(PageScan page) {
        return page.first(HEADER) != null && page.first(DESCRIPTION) != null;
    }

    @Override
    public PostingFields read(PageScan page) {
        String location = value(page, LOCATIONS);
        Element description = page.first(DESCRIPTION);
        return new PostingFields(
                page.text(HEADER),
                null,
                location,
                RemoteWords.firstIn(value(page, REMOTE_TYPE), location),
                value(page, TIME),
                null,
                description == null ? List.of() : HtmlBlocks.of(description));
    }

    private static PageQuery field(String id) {
        return PageQuery.of("[data-automation-id=" + id + "]");
    }

    /** A labelled fact: Workday writes the label in a {@code dt} and the value in the {@code dd} after it. */
    private static @Nullable String value(PageScan page, PageQuery query) {
        Element field = page.first(query);
        if (field == null) {
            return null;
        }
        Element dd = field.selectFirst(DD);
        return TextNormalizer.blankToNull(dd != null ? dd.text() : field.text());
    }
}
