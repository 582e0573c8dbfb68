package dev.tailor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page is saved as a snapshot, and only a posting is: error pages and other content types are not. */
class PageFetchingTest {
    private static final String PAGE = "<html><head><title>Backend Engineer</title></head><body>Job</body></html>";

    @TempDir
    Path folder;
    private final LocalServer server = new LocalServer();
    private final FakeTime time = new FakeTime();

    PageFetchingTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PostingFetcher fetcher() {
        return TestFetch.fetcher(TestFetch.settings(server), folder, time);
    }

    @Test
    void aPlainPageIsSavedAsAnHtmlSnapshotNamedAfterItsUrl() throws Exception {
        server.page("/careers/backend-engineer", 200, "text/html; charset=utf-8", PAGE);

        FetchLine line = fetcher().fetchUrl(server.url("/careers/backend-engineer"));

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SAVED);
        assertThat(line.file()).matches("127.0.0.1-careers-backend-engineer-[0-9a-f]{8}\\.html");
        assertThat(Files.readString(folder.resolve(line.file()))).isEqualTo(PAGE);
    }

    @Test
    void everyRequestNamesTailorInItsUserAgent() throws Exception {
        server.page("/job", 200, "text/html", PAGE);

        fetcher().fetchUrl(server.url("/job"));

        assertThat(server.requests("/job").get(0).header("User-Agent")).startsWith("tailor/").contains("+http");
    }

    @Test
    void fetchingTheSameBytesAgainLeavesTheSnapshotAsItWas() throws Exception {
        server.page("/job", 200, "text/html", PAGE);
        FetchLine first = fetcher().fetchUrl(server.url("/job"));
        Path file = folder.resolve(first.file());
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));

        FetchLine second = fetcher().fetchUrl(server.url("/job"));

        assertThat(second.outcome()).isEqualTo(FetchLine.Outcome.UNCHANGED);
        assertThat(second.file()).isEqualTo(first.file());
        assertThat(Files.getLastModifiedTime(file).toMillis()).isZero();
    }

    @Test
    void jsonIsSavedWithAJsonExtension() throws Exception {
        server.page("/api/job/1", 200, "application/json", "{\"title\":\"Engineer\"}");

        FetchLine line = fetcher().fetchUrl(server.url("/api/job/1"));

        assertThat(line.file()).endsWith(".json");
    }

    @Test
    void plainTextIsSavedAsTextAndMarkdownKeepsItsExtension() throws Exception {
        server.page("/job.txt", 200, "text/plain", "Engineer\n\nText");
        server.page("/job.md", 200, "text/plain; charset=utf-8", "# Engineer\n");

        assertThat(fetcher().fetchUrl(server.url("/job.txt")).file()).endsWith(".txt");
        assertThat(fetcher().fetchUrl(server.url("/job.md")).file()).endsWith(".md");
    }

    @Test
    void aCharsetNamedOnlyInTheHeaderIsWrittenIntoTheSnapshot() throws Exception {
        server.route("/job-de", exchange -> LocalServer.send(exchange, 200, "text/html; charset=ISO-8859-1",
                "<h1>Entwickler bei M\u00fcller</h1>".getBytes(StandardCharsets.ISO_8859_1)));

        FetchLine line = fetcher().fetchUrl(server.url("/job-de"));

        assertThat(Files.readString(folder.resolve(line.file()), StandardCharsets.ISO_8859_1))
                .isEqualTo("<meta charset=\"ISO-8859-1\">\n<h1>Entwickler bei M\u00fcller</h1>");
    }

    @Test
    void anImageIsRefusedWithItsContentType() throws Exception {
        server.page("/logo.png", 200, "image/png", "\u0089PNG");

        FetchLine line = fetcher().fetchUrl(server.url("/logo.png"));

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SKIPPED);
        assertThat(line.reason()).contains("content type image/png is not a posting");
        assertThat(snapshots()).isEmpty();
    }

    @Test
    void aPdfIsRefusedWithItsContentType() throws Exception {
        server.page("/job.pdf", 200, "application/pdf", "%PDF-1.7");

        FetchLine line = fetcher().fetchUrl(server.url("/job.pdf"));

        assertThat(line.reason()).contains("content type application/pdf");
        assertThat(snapshots()).isEmpty();
    }

    @Test
    void anAnswerWithoutContentTypeIsRefused() throws Exception {
        server.page("/raw", 200, null, "<html></html>");

        assertThat(fetcher().fetchUrl(server.url("/raw")).reason()).contains("no content type");
    }

    @Test
    void aNotFoundPageIsNeverSaved() throws Exception {
        server.page("/gone", 404, "text/html", "<h1>This job is no longer available</h1>");

        FetchLine line = fetcher().fetchUrl(server.url("/gone"));

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SKIPPED);
        assertThat(line.reason()).startsWith("HTTP 404");
        assertThat(snapshots()).isEmpty();
    }

    @Test
    void anErrorPageNeverReplacesASavedSnapshot() throws Exception {
        server.page("/job", 200, "text/html", PAGE);
        String file = fetcher().fetchUrl(server.url("/job")).file();
        server.page("/job", 500, "text/html", "<h1>Internal error</h1>");

        FetchLine line = fetcher().fetchUrl(server.url("/job"));

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SKIPPED);
        assertThat(Files.readString(folder.resolve(file))).isEqualTo(PAGE);
    }

    @Test
    void anEmptyAnswerIsNotSaved() throws Exception {
        server.page("/empty", 200, "text/html", "");

        assertThat(fetcher().fetchUrl(server.url("/empty")).reason()).startsWith("empty answer");
        assertThat(snapshots()).isEmpty();
    }

    @Test
    void aPageWhoseContentTypeChangedReplacesItsOldSnapshot() throws Exception {
        server.page("/job", 200, "text/plain", "Engineer\n");
        String before = fetcher().fetchUrl(server.url("/job")).file();
        server.page("/job", 200, "text/html", PAGE);

        String after = fetcher().fetchUrl(server.url("/job")).file();

        assertThat(snapshots()).containsExactly(after);
        assertThat(after).isNotEqualTo(before);
    }

    private java.util.List<String> snapshots() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
