package dev.tailor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's robots.txt is asked once, and a page it closes to tailor (or to every robot) is not fetched. */
class RobotsTest {
    @TempDir
    Path folder;
    private final LocalServer server = new LocalServer();
    private final FakeTime time = new FakeTime();

    RobotsTest() throws IOException {
        server.page("/private/job", 200, "text/html", "<h1>Hidden</h1>");
        server.page("/jobs/1", 200, "text/html", "<h1>Open</h1>");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchLine fetch(String path) throws InterruptedException {
        return TestFetch.fetcher(TestFetch.settings(server), folder, time).fetchUrl(server.url(path));
    }

    @Test
    void aPageClosedToEveryRobotIsSkippedWithoutBeingRequested() throws Exception {
        server.page("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n");

        FetchLine line = fetch("/private/job");

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SKIPPED);
        assertThat(line.reason()).isEqualTo("the site's robots.txt asks robots not to fetch it");
        assertThat(server.requests("/private/job")).isEmpty();
    }

    @Test
    void aGroupNamingTailorTakesPrecedenceOverTheGroupForAll() throws Exception {
        server.page("/robots.txt", 200, "text/plain",
                "User-agent: *\nDisallow: /\n\nUser-agent: tailor\nDisallow: /private/\n");

        assertThat(fetch("/jobs/1").outcome()).isEqualTo(FetchLine.Outcome.SAVED);
        assertThat(fetch("/private/job").outcome()).isEqualTo(FetchLine.Outcome.SKIPPED);
    }

    @Test
    void rulesForOtherRobotsDoNotApply() throws Exception {
        server.page("/robots.txt", 200, "text/plain", "User-agent: BadBot\nDisallow: /\n");

        assertThat(fetch("/jobs/1").outcome()).isEqualTo(FetchLine.Outcome.SAVED);
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        assertThat(fetch("/private/job").outcome()).isEqualTo(FetchLine.Outcome.SAVED);
    }

    @Test
    void robotsTxtIsAskedOncePerSite() throws Exception {
        server.page("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
        PostingFetcher fetcher = TestFetch.fetcher(TestFetch.settings(server), folder, time);

        fetcher.fetchUrl(server.url("/jobs/1"));
        fetcher.fetchUrl(server.url("/private/job"));

        assertThat(server.requests("/robots.txt")).hasSize(1);
    }

    @Test
    void theLongestRuleWinsAndPatternsMayUseWildcards() {
        RobotsRules rules = RobotsRules.parse("""
                User-agent: *
                Disallow: /jobs/
                Allow: /jobs/open/
                Disallow: /*.pdf$
                """, "tailor");

        assertThat(rules.allows("/jobs/closed/1")).isFalse();
        assertThat(rules.allows("/jobs/open/1")).isTrue();
        assertThat(rules.allows("/files/job.pdf")).isFalse();
        assertThat(rules.allows("/files/job.pdf?x=1")).isTrue();
        assertThat(rules.allows("/about")).isTrue();
    }

    @Test
    void anEmptyDisallowAllowsEverything() {
        assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "tailor").allows("/anything")).isTrue();
    }
}
