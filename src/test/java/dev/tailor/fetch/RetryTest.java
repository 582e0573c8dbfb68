package dev.tailor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 429 and 5xx are retried with back-off, honouring Retry-After, a bounded number of times; no test really waits. */
class RetryTest {
    @TempDir
    Path folder;
    private final LocalServer server = new LocalServer();
    private final FakeTime time = new FakeTime();

    RetryTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PostingFetcher fetcher() {
        return TestFetch.fetcher(TestFetch.settings(server), folder, time);
    }

    /** Answers {@code status} (with the headers) the first {@code failures} times, then the page. */
    private void failThenServe(String path, int failures, int status, String retryAfter) {
        AtomicInteger calls = new AtomicInteger();
        server.route(path, exchange -> {
            if (calls.incrementAndGet() <= failures) {
                if (retryAfter != null) {
                    exchange.getResponseHeaders().set("Retry-After", retryAfter);
                }
                LocalServer.send(exchange, status, "text/html", "<h1>busy</h1>");
            } else {
                LocalServer.send(exchange, 200, "text/html", "<h1>Engineer</h1>");
            }
        });
    }

    @Test
    void a429WithRetryAfterWaitsThatLongThenSucceeds() throws Exception {
        failThenServe("/job", 1, 429, "7");

        FetchLine line = fetcher().fetchUrl(server.url("/job"));

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SAVED);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(server.requests("/job")).hasSize(2);
    }

    @Test
    void aRetryAfterDateIsHonoured() throws Exception {
        failThenServe("/job", 1, 503, "Sat, 28 Nov 2026 12:00:05 GMT");

        fetcher().fetchUrl(server.url("/job"));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void a5xxIsRetriedWithDoublingWaitsThenGivenUp() throws Exception {
        failThenServe("/job", 100, 503, null);

        FetchLine line = fetcher().fetchUrl(server.url("/job"));

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SKIPPED);
        assertThat(line.reason()).isEqualTo("HTTP 503 Service Unavailable after 3 attempts");
        assertThat(server.requests("/job")).hasSize(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void a5xxThatRecoversIsSaved() throws Exception {
        failThenServe("/job", 2, 502, null);

        assertThat(fetcher().fetchUrl(server.url("/job")).outcome()).isEqualTo(FetchLine.Outcome.SAVED);
    }

    @Test
    void aRetryAfterLongerThanTailorWaitsGivesUpAtOnce() throws Exception {
        failThenServe("/job", 100, 429, "3600");

        FetchLine line = fetcher().fetchUrl(server.url("/job"));

        assertThat(line.reason()).contains("asks to wait 3600 s, more than the 30 s tailor waits");
        assertThat(server.requests("/job")).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aClientErrorIsNotRetried() throws Exception {
        failThenServe("/job", 100, 403, null);

        fetcher().fetchUrl(server.url("/job"));

        assertThat(server.requests("/job")).hasSize(1);
    }

    @Test
    void aRefusedConnectionIsRetriedThenReported() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        FetchLine line = fetcher().fetchUrl("http://127.0.0.1:" + closedPort + "/job");

        assertThat(line.reason()).isEqualTo("connection refused (after 3 attempts)");
        assertThat(time.sleeps()).hasSize(2);
    }
}
