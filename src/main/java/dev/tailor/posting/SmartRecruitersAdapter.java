package dev.tailor.posting;

import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * SmartRecruiters job pages ({@code jobs.smartrecruiters.com}): {@code h1.job-title}, the company in the
 * header logo's alt text or the hiring-organization microdata, the place in {@code .job-detail} /
 * {@code spl-job-location}, and the description in {@code .job-sections} (company description, job
 * description, qualifications, additional information).
 */
final class SmartRecruitersAdapter implements SiteAdapter {
    private static final Evaluator HIRING_ORGANIZATION = QueryParser.parse("[itemprop=hiringOrganization]");
    private static final String TITLE_CSS = "h1.job-title";
    private static final PageQuery TITLE = PageQuery.of(TITLE_CSS);
    private static final PageQuery SECTIONS = PageQuery.of(".job-sections");
    private static final PageQuery JOB_DESCRIPTION = PageQuery.of("#st-jobDescription");
    private static final List<PageQuery> DESCRIPTION = List.of(SECTIONS, PageQuery.of("[itemprop=description]"),
            JOB_DESCRIPTION);
    private static final PageQuery LOCATION = PageQuery.of("spl-job-location, .job-detail [itemprop=jobLocation], "
            + ".job-details [itemprop=jobLocation], .job-location");
    private static final PageQuery EMPLOYMENT_TYPE = PageQuery.of("[itemprop=employmentType]");
    private static final PageQuery ORGANIZATION_NAME = PageQuery.of("[itemprop=hiringOrganization] [itemprop=name]");
    private static final PageQuery NAME_META = PageQuery.of("meta[itemprop=name][content]");
    private static final PageQuery LOGO = PageQuery.of(".header-logo img[alt], .logo img[alt]");

    @Override
    public String marker() {
        return TITLE_CSS;
    }

    @Override
    public boolean recognises(PageScan page) {
        return page.first(TITLE) != null && (page.first(SECTIONS) != null || page.first(JOB_DESCRIPTION) != null);
    }

    @Override
    public PostingFields read(PageScan page) {
        Element sections = page.first(DESCRIPTION);
        String location = page.text(LOCATION);
        return new PostingFields(
                page.text(TITLE),
                company(page),
                location,
                RemoteWords.firstIn(location),
                page.text(EMPLOYMENT_TYPE),
                null,
                sections == null ? List.of() : HtmlBlocks.of(sections));
    }

    private static String company(PageScan page) {
        String fromData = page.text(ORGANIZATION_NAME);
        if (fromData != null) {
            return fromData;
        }
        Element meta = page.first(NAME_META);
        if (meta != null && meta.parent() != null && meta.parent().is(HIRING_ORGANIZATION)) {
            return TextNormalizer.blankToNull(meta.attr("content"));
        }
        Element logo = page.first(LOGO);
        return logo == null ? null : TextNormalizer.blankToNull(logo.attr("alt").replaceAll("(?i)\\s*logo\\s*", " "));
    }
}
