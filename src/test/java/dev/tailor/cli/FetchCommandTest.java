package dev.tailor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.tailor.fetch.BoardEndpoints;
import dev.tailor.fetch.FetchSettings;
import dev.tailor.fetch.HostResolver;
import dev.tailor.fetch.PostingFetcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tailor fetch}: what it fetches, where it saves, what it prints and its exit codes. */
class FetchCommandTest {
    @TempDir
    Path dir;
    private HttpServer server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/job", exchange -> send(exchange, "text/html", "<h1>Backend Engineer</h1>"));
        server.createContext("/v0/postings/acme", exchange -> send(exchange, "application/json",
                "[{\"id\": \"a1\", \"text\": \"Engineer\"}, {\"id\": \"b2\", \"text\": \"Designer\"}]"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(bytes);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private int fetch(String... args) throws UsageException {
        FetchSettings defaults = FetchSettings.defaults();
        FetchSettings settings = new FetchSettings(defaults.userAgent(), Duration.ofSeconds(2), defaults.maxBytes(),
                defaults.maxListingBytes(), 2, 3, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5), false,
                BoardEndpoints.allAt(url("")));
        FetchCommand command = new FetchCommand(new PrintStream(out, true, StandardCharsets.UTF_8), settings,
                (s, folder) -> new PostingFetcher(s, folder, Clock.systemUTC(), d -> { }, HostResolver.SYSTEM));
        String[] all = new String[args.length + 1];
        all[0] = "fetch";
        System.arraycopy(args, 0, all, 1, args.length);
        return command.execute(all);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private long snapshots(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    @Test
    void urlsOnTheCommandLineAreSavedIntoThePostingsFolder() throws Exception {
        Path postings = dir.resolve("postings");

        int code = fetch(url("/job"), "--postings", postings.toString(), "--allow-private-addresses");

        assertThat(code).isEqualTo(ExitCode.DONE);
        assertThat(output()).contains("saved      " + url("/job") + " -> 127.0.0.1-job-",
                "fetch done: 1 saved, 0 unchanged, 0 skipped");
        assertThat(snapshots(postings)).isEqualTo(1);
    }

    @Test
    void aSkippedUrlIsReportedAndTheCommandStillSucceeds() throws Exception {
        int code = fetch("javascript:alert(1)", "--postings", dir.toString());

        assertThat(code).isEqualTo(ExitCode.DONE);
        assertThat(output()).contains("skipped    javascript:alert(1): only http and https URLs are fetched",
                "0 saved, 0 unchanged, 1 skipped");
    }

    @Test
    void aLocalAddressOnTheCommandLineNeedsTheAllowSwitch() throws Exception {
        fetch(url("/job"), "--postings", dir.toString());

        assertThat(output()).contains("is a private or local address", "--allow-private-addresses");
        assertThat(snapshots(dir)).isZero();
    }

    @Test
    void aJobFileFetchesItsUrlsFileAndBoards() throws Exception {
        Path urls = dir.resolve("urls.txt");
        Files.writeString(urls, "# saved from my inbox\n" + url("/job") + "\n\n");
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, "postings: [" + dir.resolve("postings") + "]\nurls: " + urls
                + "\nboards: [lever:acme]\nallow-private-addresses: true\n");

        int code = fetch(job.toString());

        assertThat(code).isEqualTo(ExitCode.DONE);
        assertThat(output()).contains("fetching 1 URL and 1 job board", "lever:acme job a1", "3 saved");
        assertThat(snapshots(dir.resolve("postings"))).isEqualTo(3);
    }

    @Test
    void nothingToFetchIsAUsageError() throws Exception {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, "postings: [" + dir + "]\n");

        assertThatThrownBy(() -> fetch(job.toString())).isInstanceOf(UsageException.class)
                .hasMessageContaining("nothing to fetch");
    }

    @Test
    void aMissingUrlsFileIsAUsageError() throws Exception {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, "postings: [" + dir + "]\nurls: " + dir.resolve("nope.txt") + "\n");

        assertThatThrownBy(() -> fetch(job.toString())).hasMessageContaining("urls file").hasMessageContaining("does not exist");
    }

    @Test
    void aPostingsPathThatIsAFileIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("a.html"), "<p>");

        assertThatThrownBy(() -> fetch(url("/job"), "--postings", file.toString()))
                .hasMessageContaining("is a file");
    }

    @Test
    void aBadAllowSwitchInTheJobFileIsAUsageError() throws Exception {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, "postings: [" + dir + "]\nallow-private-addresses: maybe\n");

        assertThatThrownBy(() -> fetch(job.toString())).hasMessageContaining("must be true or false");
    }
}
