package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Workable job pages ({@code apply.workable.com}), which mark every part with {@code data-ui}: {@code job-title},
 * {@code job-location}, {@code job-type}, {@code job-workplace}, and the description in {@code job-description},
 * {@code job-requirements} and {@code job-benefits}. The company is in the page title ("Engineer - Acme").
 */
final class WorkableAdapter implements SiteAdapter {
    private static final List<String> PARTS = List.of("job-description", "job-requirements", "job-benefits");

    @Override
    public String marker() {
        return "[data-ui=job-title]";
    }

    @Override
    public boolean recognises(Document page) {
        return page.selectFirst("[data-ui=job-title]") != null && page.selectFirst("[data-ui=job-description]") != null;
    }

    @Override
    public PostingFields read(Document page) {
        List<TextBlock> description = new ArrayList<>();
        for (String part : PARTS) {
            Element element = page.selectFirst("[data-ui=" + part + "]");
            if (element != null) {
                description.addAll(HtmlBlocks.of(element));
            }
        }
        String title = Pages.text(page, "[data-ui=job-title]");
        String location = Pages.text(page, "[data-ui=job-location]");
        String company = Pages.text(page, "[data-ui=company-name]");
        return new PostingFields(
                title,
                company != null ? company : TitlePatterns.parse(page.title(), title).company(),
                location,
                RemoteWords.firstIn(Pages.text(page, "[data-ui=job-workplace]"), Pages.text(page, "[data-ui=job-remote]"),
                        location),
                Pages.text(page, "[data-ui=job-type]"),
                null,
                description);
    }
}
