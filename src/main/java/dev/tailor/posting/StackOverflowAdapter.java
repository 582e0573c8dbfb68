package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Stack Overflow Jobs pages (the board closed in 2022; saved pages remain): the header's {@code h1} link,
 * the company link and "– Place" beside it, and the {@code .description} blocks of the overview.
 */
final class StackOverflowAdapter implements SiteAdapter {
    private static final Evaluator DESCRIPTION = QueryParser.parse(".description");
    private static final Evaluator H2 = QueryParser.parse("h2");
    private static final String HEADER = ".job-details--header";
    private static final Pattern LEADING_DASH = Pattern.compile("^[\\s–—-]+");
    private static final PageQuery TITLE = PageQuery.of(HEADER + " h1");
    private static final PageQuery LOCATION = PageQuery.of(HEADER + " .fc-black-500");
    private static final PageQuery COMPANY = PageQuery.of(HEADER + " .fc-black-700 a, " + HEADER + " a.employer");
    private static final PageQuery OVERVIEW_SECTIONS = PageQuery.of("#overview-items section");

    @Override
    public String marker() {
        return HEADER;
    }

    @Override
    public boolean recognises(PageScan page) {
        return page.first(TITLE) != null;
    }

    @Override
    public PostingFields read(PageScan page) {
        String location = page.text(LOCATION);
        List<TextBlock> description = new ArrayList<>();
        for (Element section : page.all(OVERVIEW_SECTIONS)) {
            Element text = section.selectFirst(DESCRIPTION);
            if (text != null) {
                Element heading = section.selectFirst(H2);
                if (heading != null) {
                    description.add(TextBlock.heading(TextNormalizer.inline(heading.text())));
                }
                description.addAll(HtmlBlocks.of(text));
            }
        }
        location = location == null ? null : TextNormalizer.blankToNull(LEADING_DASH.matcher(location).replaceFirst(""));
        return new PostingFields(
                page.text(TITLE),
                page.text(COMPANY),
                location,
                RemoteWords.firstIn(location),
                null,
                null,
                description);
    }
}
