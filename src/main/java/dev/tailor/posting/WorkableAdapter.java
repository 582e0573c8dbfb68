package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Workable job pages ({@code apply.workable.com}), which mark every part with {@code data-ui}: {@code job-title},
 * {@code job-location}, {@code job-type}, {@code job-workplace}, and the description in {@code job-description},
 * {@code job-requirements} and {@code job-benefits}. The company is in the page title ("Engineer - Acme").
 */
final class WorkableAdapter implements SiteAdapter {
    private static final String TITLE_CSS = "[data-ui=job-title]";
    private static final PageQuery TITLE = PageQuery.of(TITLE_CSS);
    private static final PageQuery DESCRIPTION = part("job-description");
    private static final List<PageQuery> PARTS = List.of(DESCRIPTION, part("job-requirements"), part("job-benefits"));
    private static final PageQuery LOCATION = part("job-location");
    private static final PageQuery COMPANY = part("company-name");
    private static final PageQuery WORKPLACE = part("job-workplace");
    private static final PageQuery REMOTE = part("job-remote");
    private static final PageQuery TYPE = part("job-type");

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
        List<TextBlock> description = new ArrayList<>();
        for (PageQuery part : PARTS) {
            Element element = page.first(part);
            if (element != null) {
                description.addAll(HtmlBlocks.of(element));
            }
        }
        String title = page.text(TITLE);
        String location = page.text(LOCATION);
        String company = page.text(COMPANY);
        return new PostingFields(
                title,
                company != null ? company : TitlePatterns.parse(page.title(), title).company(),
                location,
                RemoteWords.firstIn(page.text(WORKPLACE), page.text(REMOTE), location),
                page.text(TYPE),
                null,
                description);
    }

    private static PageQuery part(String name) {
        return PageQuery.of("[data-ui=" + name + "]");
    }
}
