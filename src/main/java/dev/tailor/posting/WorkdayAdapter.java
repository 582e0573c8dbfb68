package dev.tailor.posting;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Workday job pages ({@code *.myworkdayjobs.com}), which mark every field with a {@code data-automation-id}:
 * {@code jobPostingHeader}, {@code locations}, {@code time}, {@code jobPostingDescription}. Workday names
 * the company only in its logo, which {@link PageMetadata} reads.
 */
final class WorkdayAdapter implements SiteAdapter {
    @Override
    public String marker() {
        return "[data-automation-id=jobPostingHeader]";
    }

    @Override
    public boolean recognises(Document page) {
        return page.selectFirst("[data-automation-id=jobPostingHeader]") != null
                && page.selectFirst("[data-automation-id=jobPostingDescription]") != null;
    }

    @Override
    public PostingFields read(Document page) {
        String location = value(page, "locations");
        Element description = page.selectFirst("[data-automation-id=jobPostingDescription]");
        return new PostingFields(
                Pages.text(page, "[data-automation-id=jobPostingHeader]"),
                null,
                location,
                RemoteWords.firstIn(value(page, "remoteType"), location),
                value(page, "time"),
                null,
                description == null ? List.of() : HtmlBlocks.of(description));
    }

    /** A labelled fact: Workday writes the label in a {@code dt} and the value in the {@code dd} after it. */
    private static @Nullable String value(Document page, String id) {
        Element field = page.selectFirst("[data-automation-id=" + id + "]");
        if (field == null) {
            return null;
        }
        Element dd = field.selectFirst("dd");
        return TextNormalizer.blankToNull(dd != null ? dd.text() : field.text());
    }
}
