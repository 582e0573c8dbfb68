package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageQueryTest {
    private static final Document PAGE = Jsoup.parse("""
            <html><head><link rel=canonical href="https://example.com/jobs/1"></head><body>
            <div id=App_Body class="Wrapper  posting-headline"><h1 class=job-title>Engineer</h1></div>
            <script id=__NUXT_DATA__ type="application/json">[]</script>
            <span data-automation-id=jobPostingExpired>closed</span></body></html>""");
    private static final List<String> QUERIES = List.of(
            ".posting-headline", ".wrapper", "#App_Body .job-title", "#app_body h1", "h1.job-title", "h2.job-title",
            ".closed-job, [data-automation-id=jobPostingExpired]", "[data-ui=job-title]", "script#__NUXT_DATA__[type=application/json]",
            "link[rel=canonical][href]", "div > h1", "div:has(h1)", ":not(.absent)", "[itemscope][itemtype~=(?i)schema\\.org/JobPosting]",
            ".absent, .job-title", "#missing .job-title", "input[type=password]");

    @Test
    void findsWhatJsoupFinds() {
        PageTokens tokens = PageTokens.of(PAGE);
        for (String css : QUERIES) {
            assertThat(PageQuery.of(css).first(PAGE, tokens)).as(css).isSameAs(PAGE.selectFirst(css));
        }
    }

    @Test
    void selectsWhatJsoupSelects() {
        PageTokens tokens = PageTokens.of(PAGE);
        for (String css : QUERIES) {
            assertThat(PageQuery.of(css).all(PAGE, tokens)).as(css).containsExactlyElementsOf(PAGE.select(css));
        }
    }

    @Test
    void findsNothingTakenOutOfThePageAfterItWasRead() {
        Document page = Jsoup.parse("<div class=a><p class=b>one</p></div><p class=b>two</p>");
        PageTokens tokens = PageTokens.of(page);
        page.selectFirst("div").remove();

        assertThat(PageQuery.of(".b").first(page, tokens).text()).isEqualTo("two");
        assertThat(PageQuery.of(".a .b").all(page, tokens)).isEmpty();
    }

    @Test
    void answersWithoutAWalkWhenAPartIsMissing() {
        PageTokens tokens = PageTokens.of(PAGE);
        assertThat(PageQuery.of(".closed-job, .topcard__flavor--closed").mayMatch(tokens)).isFalse();
        assertThat(PageQuery.of("#missing .job-title").mayMatch(tokens)).isFalse();
        assertThat(PageQuery.of("input[type=password]").mayMatch(tokens)).isFalse();
        assertThat(PageQuery.of("[data-ui=job-title]").mayMatch(tokens)).isFalse();
    }

    @Test
    void walksWhenTheQueryIsBeyondItsReading() {
        PageTokens tokens = PageTokens.of(PAGE);
        assertThat(PageQuery.of(".absent:not(.other)").mayMatch(tokens)).isTrue();
        assertThat(PageQuery.of("[^data-]").mayMatch(tokens)).isTrue();
    }
}
