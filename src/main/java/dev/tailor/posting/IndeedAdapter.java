package dev.tailor.posting;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Indeed job pages: {@code .jobsearch-JobInfoHeader-title} (which ends in " - job post"), the company and
 * location in the inline header ({@code data-testid} or {@code data-company-name}), and
 * {@code #jobDescriptionText}.
 */
final class IndeedAdapter implements SiteAdapter {
    private static final Pattern JOB_POST_SUFFIX = Pattern.compile("(?i)\\s*-\\s*job post\\s*$");
    private static final String COMPANY = "[data-testid=inlineHeader-companyName], [data-company-name=true], "
            + ".jobsearch-InlineCompanyRating > div:first-child, .jobsearch-CompanyInfoContainer a";
    private static final String LOCATION = "[data-testid=inlineHeader-companyLocation], [data-testid=job-location], "
            + ".jobsearch-JobInfoHeader-subtitle > div:last-child";

    @Override
    public String marker() {
        return "#jobDescriptionText";
    }

    @Override
    public boolean recognises(Document page) {
        return page.selectFirst("#jobDescriptionText") != null
                && page.selectFirst(".jobsearch-JobInfoHeader-title, [data-testid=jobsearch-JobInfoHeader-title]") != null;
    }

    @Override
    public PostingFields read(Document page) {
        String title = Pages.text(page, ".jobsearch-JobInfoHeader-title, [data-testid=jobsearch-JobInfoHeader-title]");
        String location = Pages.text(page, LOCATION);
        Element description = page.selectFirst("#jobDescriptionText");
        return new PostingFields(
                title == null ? null : JOB_POST_SUFFIX.matcher(title).replaceFirst(""),
                Pages.text(page, COMPANY),
                location,
                RemoteWords.firstIn(location),
                Pages.text(page, "[data-testid=jobsearch-JobInfoHeader-jobType], #salaryInfoAndJobType > span:last-child"),
                null,
                description == null ? List.of() : HtmlBlocks.of(description));
    }
}
