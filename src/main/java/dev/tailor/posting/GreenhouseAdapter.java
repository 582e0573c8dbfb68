package dev.tailor.posting;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Greenhouse job boards, both layouts: the classic {@code #app_body} page ({@code .app-title},
 * {@code .company-name}, {@code .location}, {@code #content}) and the newer job-boards page
 * ({@code .job__title h1}, {@code .job__description}).
 */
final class GreenhouseAdapter implements SiteAdapter {
    /** The newer layout has the company only in its page data: {@code "company_name":"Acme"}. */
    private static final Pattern COMPANY_NAME = Pattern.compile("\"company_name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,200})\"");
    private static final Pattern LEADING_AT = Pattern.compile("^(?i)at\\s+");
    private static final PageQuery CLASSIC_TITLE = PageQuery.of("#app_body .app-title");
    private static final PageQuery CLASSIC_COMPANY = PageQuery.of("#app_body .company-name");
    private static final PageQuery CLASSIC_LOCATION = PageQuery.of("#app_body .location");
    private static final PageQuery CLASSIC_CONTENT = PageQuery.of("#app_body #content");
    private static final PageQuery DESCRIPTION = PageQuery.of(".job__description");
    private static final PageQuery JOB_TITLE = PageQuery.of(".job__title");
    private static final PageQuery TITLE = PageQuery.of(".job__title h1, .job__title h2");
    private static final PageQuery LOCATION = PageQuery.of(".job__title .body--metadata, .job__location");

    @Override
    public String marker() {
        return ".app-title, .job__description";
    }

    @Override
    public boolean recognises(PageScan page) {
        return isClassic(page) || isJobBoards(page);
    }

    @Override
    public PostingFields read(PageScan page) {
        return isClassic(page) ? readClassic(page) : readJobBoards(page);
    }

    private static boolean isClassic(PageScan page) {
        return page.first(CLASSIC_TITLE) != null;
    }

    private static boolean isJobBoards(PageScan page) {
        return page.first(DESCRIPTION) != null && page.first(JOB_TITLE) != null;
    }

    private static PostingFields readClassic(PageScan page) {
        String company = page.text(CLASSIC_COMPANY);
        if (company != null) {
            company = LEADING_AT.matcher(company).replaceFirst("");
        }
        String title = page.text(CLASSIC_TITLE);
        Element content = page.first(CLASSIC_CONTENT);
        return new PostingFields(
                title,
                company != null ? company : companyFromPageTitle(page, title),
                page.text(CLASSIC_LOCATION),
                null,
                null,
                null,
                content == null ? List.of() : HtmlBlocks.of(content));
    }

    private static PostingFields readJobBoards(PageScan page) {
        String title = page.text(TITLE);
        String company = companyFromPageData(page);
        if (company == null) {
            company = companyFromPageTitle(page, title);
        }
        Element description = page.first(DESCRIPTION);
        return new PostingFields(
                title,
                company,
                page.text(LOCATION),
                null,
                null,
                null,
                description == null ? List.of() : HtmlBlocks.of(description));
    }

    private static @Nullable String companyFromPageData(PageScan page) {
        for (Element script : page.scripts()) {
            Matcher matcher = COMPANY_NAME.matcher(script.data());
            if (matcher.find()) {
                return TextNormalizer.blankToNull(JsonStrings.unescape(matcher.group(1)));
            }
        }
        return null;
    }

    /** "Job Application for Engineer at Acme" gives "Acme". */
    private static @Nullable String companyFromPageTitle(PageScan page, @Nullable String title) {
        return TitlePatterns.parse(page.title(), title).company();
    }
}
