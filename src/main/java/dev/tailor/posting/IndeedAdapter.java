package dev.tailor.posting;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Indeed job pages: {@code .jobsearch-JobInfoHeader-title} (which ends in " - job post"), the company and
 * location in the inline header ({@code data-testid} or {@code data-company-name}), and
 * {@code #jobDescriptionText}.
 */
final class IndeedAdapter implements SiteAdapter {
    private static final Pattern JOB_POST_SUFFIX = Pattern.compile("(?i)\\s*-\\s*job post\\s*$");
    private static final String DESCRIPTION_CSS = "#jobDescriptionText";
    private static final PageQuery DESCRIPTION = PageQuery.of(DESCRIPTION_CSS);
    private static final PageQuery TITLE =
            PageQuery.of(".jobsearch-JobInfoHeader-title, [data-testid=jobsearch-JobInfoHeader-title]");
    private static final PageQuery COMPANY = PageQuery.of("[data-testid=inlineHeader-companyName], "
            + "[data-company-name=true], .jobsearch-InlineCompanyRating > div:first-child, .jobsearch-CompanyInfoContainer a");
    private static final PageQuery LOCATION = PageQuery.of("[data-testid=inlineHeader-companyLocation], "
            + "[data-testid=job-location], .jobsearch-JobInfoHeader-subtitle > div:last-child");
    private static final PageQuery JOB_TYPE =
            PageQuery.of("[data-testid=jobsearch-JobInfoHeader-jobType], #salaryInfoAndJobType > span:last-child");

    @Override
    public String marker() {
        return DESCRIPTION_CSS;
    }

    @Override
    public boolean recognises(PageScan page) {
        return page.first(DESCRIPTION) != null && page.first(TITLE) != null;
    }

    @Override
    public PostingFields read(PageScan page) {
        String title = page.text(TITLE);
        String location = page.text(LOCATION);
        Element description = page.first(DESCRIPTION);
        return new PostingFields(
                title == null ? null : JOB_POST_SUFFIX.matcher(title).replaceFirst(""),
                page.text(COMPANY),
                location,
                RemoteWords.firstIn(location),
                page.text(JOB_TYPE),
                null,
                description == null ? List.of() : HtmlBlocks.of(description));
    }
}
