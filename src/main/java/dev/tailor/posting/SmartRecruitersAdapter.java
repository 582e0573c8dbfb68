package dev.tailor.posting;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * SmartRecruiters job pages ({@code jobs.smartrecruiters.com}): {@code h1.job-title}, the company in the
 * header logo's alt text or the hiring-organization microdata, the place in {@code .job-detail} /
 * {@code spl-job-location}, and the description in {@code .job-sections} (company description, job
 * description, qualifications, additional information).
 */
final class SmartRecruitersAdapter implements SiteAdapter {
    private static final String SECTIONS = ".job-sections";

    @Override
    public String marker() {
        return "h1.job-title";
    }

    @Override
    public boolean recognises(Document page) {
        return page.selectFirst("h1.job-title") != null
                && (page.selectFirst(SECTIONS) != null || page.selectFirst("#st-jobDescription") != null);
    }

    @Override
    public PostingFields read(Document page) {
        Element sections = Pages.first(page, List.of(SECTIONS, "[itemprop=description]", "#st-jobDescription"));
        String location = Pages.text(page, "spl-job-location, .job-detail [itemprop=jobLocation], "
                + ".job-details [itemprop=jobLocation], .job-location");
        return new PostingFields(
                Pages.text(page, "h1.job-title"),
                company(page),
                location,
                RemoteWords.firstIn(location),
                Pages.text(page, "[itemprop=employmentType]"),
                null,
                sections == null ? List.of() : HtmlBlocks.of(sections));
    }

    private static String company(Document page) {
        String fromData = Pages.text(page, "[itemprop=hiringOrganization] [itemprop=name]");
        if (fromData != null) {
            return fromData;
        }
        Element meta = page.selectFirst("meta[itemprop=name][content]");
        if (meta != null && meta.parent() != null && meta.parent().is("[itemprop=hiringOrganization]")) {
            return TextNormalizer.blankToNull(meta.attr("content"));
        }
        Element logo = page.selectFirst(".header-logo img[alt], .logo img[alt]");
        return logo == null ? null : TextNormalizer.blankToNull(logo.attr("alt").replaceAll("(?i)\\s*logo\\s*", " "));
    }
}
