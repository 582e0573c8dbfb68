package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Stack Overflow Jobs pages (the board closed in 2022; saved pages remain): the header's {@code h1} link,
 * the company link and "– Place" beside it, and the {@code .description} blocks of the overview.
 */
final class StackOverflowAdapter implements SiteAdapter {
    private static final String HEADER = ".job-details--header";
    private static final Pattern LEADING_DASH = Pattern.compile("^[\\s–—-]+");

    @Override
    public String marker() {
        return HEADER;
    }

    @Override
    public boolean recognises(Document page) {
        return page.selectFirst(HEADER + " h1") != null;
    }

    @Override
    public PostingFields read(Document page) {
        String location = Pages.text(page, HEADER + " .fc-black-500");
        List<TextBlock> description = new ArrayList<>();
        for (Element section : page.select("#overview-items section")) {
            Element text = section.selectFirst(".description");
            if (text != null) {
                Element heading = section.selectFirst("h2");
                if (heading != null) {
                    description.add(TextBlock.heading(TextNormalizer.inline(heading.text())));
                }
                description.addAll(HtmlBlocks.of(text));
            }
        }
        location = location == null ? null : TextNormalizer.blankToNull(LEADING_DASH.matcher(location).replaceFirst(""));
        return new PostingFields(
                Pages.text(page, HEADER + " h1"),
                Pages.text(page, HEADER + " .fc-black-700 a, " + HEADER + " a.employer"),
                location,
                RemoteWords.firstIn(location),
                null,
                null,
                description);
    }
}
