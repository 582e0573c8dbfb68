package dev.tailor.posting;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
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

    @Override
    public String marker() {
        return ".app-title, .job__description";
    }

    @Override
    public boolean recognises(Document page) {
        return isClassic(page) || isJobBoards(page);
    }

    @Override
    public PostingFields read(Document page) {
        return isClassic(page) ? readClassic(page) : readJobBoards(page);
    }

    private static boolean isClassic(Document page) {
        return page.selectFirst("#app_body .app-title") != null;
    }

    private static boolean isJobBoards(Document page) {
        return page.selectFirst(".job__description") != null && page.selectFirst(".job__title") != null;
    }

    private static PostingFields readClassic(Document page) {
        String company = Pages.text(page, "#app_body .company-name");
        if (company != null) {
            company = LEADING_AT.matcher(company).replaceFirst("");
        }
        String title = Pages.text(page, "#app_body .app-title");
        Element content = page.selectFirst("#app_body #content");
        return new PostingFields(
                title,
                company != null ? company : companyFromPageTitle(page, title),
                Pages.text(page, "#app_body .location"),
                null,
                null,
                null,
                content == null ? List.of() : HtmlBlocks.of(content));
    }

    private static PostingFields readJobBoards(Document page) {
        String title = Pages.text(page, ".job__title h1, .job__title h2");
        String company = companyFromPageData(page);
        if (company == null) {
            company = companyFromPageTitle(page, title);
        }
        Element description = page.selectFirst(".job__description");
        return new PostingFields(
                title,
                company,
                Pages.text(page, ".job__title .body--metadata, .job__location"),
                null,
                null,
                null,
                description == null ? List.of() : HtmlBlocks.of(description));
    }

    private static @Nullable String companyFromPageData(Document page) {
        for (Element script : page.select("script")) {
            Matcher matcher = COMPANY_NAME.matcher(script.data());
            if (matcher.find()) {
                return TextNormalizer.blankToNull(JsonStrings.unescape(matcher.group(1)));
            }
        }
        return null;
    }

    /** "Job Application for Engineer at Acme" gives "Acme". */
    private static @Nullable String companyFromPageTitle(Document page, @Nullable String title) {
        return TitlePatterns.parse(page.title(), title).company();
    }
}
