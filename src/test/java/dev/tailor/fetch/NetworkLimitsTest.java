package dev.tailor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slow body runs into the timeout, and a body over the cap is skipped whole: never saved truncated. */
class NetworkLimitsTest {
    private static final long FIVE_MB = 5L * 1024 * 1024;

    @TempDir
    Path folder;
    private final LocalServer server = new LocalServer();
    private final FakeTime time = new FakeTime();

    NetworkLimitsTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static FetchSettings withTimeout(FetchSettings s, Duration timeout, int attempts) {
        return new FetchSettings(s.userAgent(), timeout, s.maxBytes(), s.maxListingBytes(), attempts,
                s.maxRedirects(), s.hostDelay(), s.firstBackoff(), s.maxBackoff(), s.allowPrivateAddresses(), s.boards());
    }

    @Test
    void aSlowBodyHitsTheTimeoutAndNothingIsSaved() throws Exception {
        server.route("/slow", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("<html><body><h1>Engi".getBytes());
            out.flush();
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write("neer</h1></body></html>".getBytes());
            out.close();
        });
        PostingFetcher fetcher = TestFetch.fetcher(withTimeout(TestFetch.settings(server), Duration.ofMillis(300), 2),
                folder, time);
        long started = System.nanoTime();

        FetchLine line = fetcher.fetchUrl(server.url("/slow"));

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SKIPPED);
        assertThat(line.reason()).isEqualTo("timed out (after 2 attempts)");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(snapshots()).isEmpty();
    }

    @Test
    void aServerThatNeverAnswersHitsTheTimeout() throws Exception {
        server.route("/silent", exchange -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        PostingFetcher fetcher = TestFetch.fetcher(withTimeout(TestFetch.settings(server), Duration.ofMillis(300), 1),
                folder, time);
        long started = System.nanoTime();

        FetchLine line = fetcher.fetchUrl(server.url("/silent"));

        assertThat(line.reason()).isEqualTo("timed out (after 1 attempt)");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aBodyOverTheCapIsSkippedAsTooLargeAndNothingIsSaved() throws Exception {
        byte[] big = page((int) FIVE_MB + 1);
        server.route("/big", exchange -> LocalServer.send(exchange, 200, "text/html", big));

        FetchLine line = fetcher().fetchUrl(server.url("/big"));

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SKIPPED);
        assertThat(line.reason()).isEqualTo("too large (over 5 MB)");
        assertThat(snapshots()).isEmpty();
    }

    @Test
    void aBodyOverTheCapWithoutContentLengthIsSkippedToo() throws Exception {
        byte[] big = page((int) FIVE_MB + 100);
        server.route("/chunked", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: the size is only known by reading
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(big);
            }
        });

        FetchLine line = fetcher().fetchUrl(server.url("/chunked"));

        assertThat(line.reason()).isEqualTo("too large (over 5 MB)");
        assertThat(snapshots()).isEmpty();
    }

    @Test
    void aBodyOfExactlyTheCapIsSavedWhole() throws Exception {
        byte[] full = page((int) FIVE_MB);
        server.route("/full", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(full);
            }
        });

        FetchLine line = fetcher().fetchUrl(server.url("/full"));

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SAVED);
        assertThat(Files.size(folder.resolve(line.file()))).isEqualTo(FIVE_MB);
    }

    private PostingFetcher fetcher() {
        return TestFetch.fetcher(TestFetch.settings(server), folder, time);
    }

    private static byte[] page(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        byte[] head = "<html><body><p>".getBytes();
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private java.util.List<String> snapshots() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
        }
    }
}
