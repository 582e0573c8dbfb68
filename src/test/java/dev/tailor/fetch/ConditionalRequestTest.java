package dev.tailor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ETag and Last-Modified are remembered in a hidden sidecar and sent back; a 304 leaves the snapshot untouched. */
class ConditionalRequestTest {
    private static final String PAGE = "<h1>Backend Engineer</h1>";
    private static final String ETAG = "\"v1\"";
    private static final String LAST_MODIFIED = "Wed, 25 Nov 2026 10:00:00 GMT";

    @TempDir
    Path folder;
    private final LocalServer server = new LocalServer();
    private final FakeTime time = new FakeTime();

    ConditionalRequestTest() throws IOException {
        server.route("/job", exchange -> {
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            exchange.getResponseHeaders().set("ETag", ETAG);
            exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            if (ETAG.equals(ifNoneMatch) || LAST_MODIFIED.equals(ifModifiedSince)) {
                LocalServer.send(exchange, 304, null, "");
            } else {
                LocalServer.send(exchange, 200, "text/html", PAGE);
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PostingFetcher fetcher() {
        return TestFetch.fetcher(TestFetch.settings(server), folder, time);
    }

    @Test
    void theSecondFetchSendsTheValidatorsAndA304KeepsTheFile() throws Exception {
        String file = fetcher().fetchUrl(server.url("/job")).file();
        Files.setLastModifiedTime(folder.resolve(file), FileTime.fromMillis(0));

        FetchLine second = fetcher().fetchUrl(server.url("/job"));

        assertThat(second.outcome()).isEqualTo(FetchLine.Outcome.UNCHANGED);
        assertThat(second.reason()).isEqualTo("not modified");
        assertThat(second.file()).isEqualTo(file);
        LocalServer.Request request = server.requests("/job").get(1);
        assertThat(request.header("If-None-Match")).isEqualTo(ETAG);
        assertThat(request.header("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
        assertThat(Files.getLastModifiedTime(folder.resolve(file)).toMillis()).isZero();
        assertThat(Files.readString(folder.resolve(file))).isEqualTo(PAGE);
    }

    @Test
    void theFirstFetchIsUnconditional() throws Exception {
        fetcher().fetchUrl(server.url("/job"));

        assertThat(server.requests("/job").get(0).header("If-None-Match")).isNull();
    }

    @Test
    void aDeletedSnapshotIsFetchedInFullAgain() throws Exception {
        String file = fetcher().fetchUrl(server.url("/job")).file();
        Files.delete(folder.resolve(file));

        FetchLine again = fetcher().fetchUrl(server.url("/job"));

        assertThat(again.outcome()).isEqualTo(FetchLine.Outcome.SAVED);
        assertThat(server.requests("/job").get(1).header("If-None-Match")).isNull();
        assertThat(folder.resolve(file)).hasContent(PAGE);
    }

    @Test
    void theValidatorsLiveInAHiddenSidecarThatRunsIgnore() throws Exception {
        fetcher().fetchUrl(server.url("/job"));

        assertThat(folder.resolve(".tailor-fetch.json")).content().contains(ETAG.replace("\"", "\\\""), LAST_MODIFIED);
    }

    @Test
    void aDamagedSidecarOnlyCostsAFullDownload() throws Exception {
        fetcher().fetchUrl(server.url("/job"));
        Files.writeString(folder.resolve(".tailor-fetch.json"), "{not json");

        FetchLine again = fetcher().fetchUrl(server.url("/job"));

        assertThat(again.outcome()).isEqualTo(FetchLine.Outcome.UNCHANGED); // same bytes, not rewritten
        assertThat(server.requests("/job").get(1).header("If-None-Match")).isNull();
    }
}
