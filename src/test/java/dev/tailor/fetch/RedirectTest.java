package dev.tailor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Redirects are followed hop by hop, up to a limit. */
class RedirectTest {
    @TempDir
    Path folder;
    private final LocalServer server = new LocalServer();
    private final FakeTime time = new FakeTime();

    RedirectTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PostingFetcher fetcher() {
        return TestFetch.fetcher(TestFetch.settings(server), folder, time);
    }

    @Test
    void aRedirectIsFollowedAndTheSnapshotIsNamedAfterTheUrlAsked() throws Exception {
        server.redirect("/jobs/42", 301, server.url("/careers/backend-engineer"));
        server.page("/careers/backend-engineer", 200, "text/html", "<h1>Backend Engineer</h1>");

        FetchLine line = fetcher().fetchUrl(server.url("/jobs/42"));

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SAVED);
        assertThat(line.file()).startsWith("127.0.0.1-jobs-42-");
        assertThat(Files.readString(folder.resolve(line.file()))).isEqualTo("<h1>Backend Engineer</h1>");
    }

    @Test
    void aRelativeLocationIsResolvedAgainstTheUrlThatRedirected() throws Exception {
        server.redirect("/a/start", 302, "../b/end");
        server.page("/b/end", 200, "text/html", "<h1>End</h1>");

        FetchLine line = fetcher().fetchUrl(server.url("/a/start"));

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SAVED);
        assertThat(server.requests("/b/end")).hasSize(1);
    }

    @Test
    void aRedirectChainLongerThanTheLimitIsGivenUp() throws Exception {
        for (int i = 0; i < 10; i++) {
            server.redirect("/hop" + i, 307, "/hop" + (i + 1));
        }

        FetchLine line = fetcher().fetchUrl(server.url("/hop0"));

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SKIPPED);
        assertThat(line.reason()).isEqualTo("too many redirects (more than 3)");
        assertThat(server.requests().stream().filter(r -> r.path().startsWith("/hop"))).hasSize(4);
    }

    @Test
    void aRedirectLoopEndsAtTheLimit() throws Exception {
        server.redirect("/loop", 302, "/loop");

        assertThat(fetcher().fetchUrl(server.url("/loop")).reason()).startsWith("too many redirects");
    }

    @Test
    void aRedirectWithoutLocationIsSkipped() throws Exception {
        server.route("/nowhere", exchange -> exchange.sendResponseHeaders(302, -1));

        assertThat(fetcher().fetchUrl(server.url("/nowhere")).reason()).contains("redirect without a Location");
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() throws Exception {
        server.redirect("/to-file", 302, "file:///etc/passwd");

        FetchLine line = fetcher().fetchUrl(server.url("/to-file"));

        assertThat(line.reason()).isEqualTo("redirect to file:///etc/passwd refused: only http and https URLs are fetched, not file:");
    }
}
