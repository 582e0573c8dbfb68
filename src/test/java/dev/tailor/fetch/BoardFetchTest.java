package dev.tailor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A job board's listing becomes one JSON snapshot per job, in the shape the reader knows for a single job. */
class BoardFetchTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;
    private final LocalServer server = new LocalServer();
    private final FakeTime time = new FakeTime();
    private final List<FetchLine> lines = new ArrayList<>();

    BoardFetchTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void fetch(String board) throws InterruptedException {
        TestFetch.fetcher(TestFetch.settings(server), folder, time).fetchBoard(board, lines::add);
    }

    @Test
    void aGreenhouseBoardSavesEveryJobAsItsOwnPayload() throws Exception {
        server.page("/v1/boards/acme/jobs", 200, "application/json", """
                {"jobs": [
                  {"id": 101, "title": "Backend Engineer", "company_name": "Acme", "content": "&lt;p&gt;Java&lt;/p&gt;"},
                  {"id": 102, "title": "Data Engineer", "company_name": "Acme", "content": "&lt;p&gt;SQL&lt;/p&gt;"},
                  {"id": 103, "title": "SRE", "company_name": "Acme", "content": "&lt;p&gt;Go&lt;/p&gt;"}
                ], "meta": {"total": 3}}
                """);

        fetch("greenhouse:acme");

        assertThat(lines).extracting(FetchLine::outcome).containsOnly(FetchLine.Outcome.SAVED).hasSize(3);
        assertThat(snapshots()).hasSize(3).allMatch(name -> name.matches("greenhouse-acme-10[123]-[0-9a-f]{8}\\.json"));
        JsonNode job = JSON.readTree(folder.resolve(lines.get(0).file()));
        assertThat(job.get("id").asInt()).isEqualTo(101);
        assertThat(job.get("title").asString()).isEqualTo("Backend Engineer");
        assertThat(server.requests("/v1/boards/acme/jobs").get(0).query()).isEqualTo("content=true");
    }

    @Test
    void aLeverBoardIsAListOfPostings() throws Exception {
        server.page("/v0/postings/acme", 200, "application/json", """
                [{"id": "a1b2", "text": "Backend Engineer", "descriptionPlain": "Java"},
                 {"id": "c3d4", "text": "Frontend Engineer", "descriptionPlain": "React"}]
                """);

        fetch("lever:acme");

        assertThat(snapshots()).hasSize(2).anyMatch(name -> name.startsWith("lever-acme-a1b2-"));
        assertThat(server.requests("/v0/postings/acme").get(0).query()).isEqualTo("mode=json");
    }

    @Test
    void anAshbyJobIsSavedAsABoardOfOneJob() throws Exception {
        server.page("/posting-api/job-board/acme", 200, "application/json", """
                {"jobs": [{"id": "67fa", "title": "Security Engineer", "descriptionHtml": "<p>Cloud</p>"},
                          {"id": "88bc", "title": "Designer", "descriptionHtml": "<p>UI</p>"}]}
                """);

        fetch("ashby:acme");

        JsonNode saved = JSON.readTree(folder.resolve(lines.get(0).file()));
        assertThat(saved.get("jobs")).hasSize(1);
        assertThat(saved.get("jobs").get(0).get("id").asString()).isEqualTo("67fa");
    }

    @Test
    void aWorkableJobKeepsTheAccountName() throws Exception {
        server.page("/api/v1/widget/accounts/acme", 200, "application/json", """
                {"name": "Acme Robotics", "description": "We build robots",
                 "jobs": [{"shortcode": "AB12CD", "title": "Firmware Engineer", "description": "<p>C</p>"}]}
                """);

        fetch("workable:acme");

        JsonNode saved = JSON.readTree(folder.resolve(lines.get(0).file()));
        assertThat(saved.get("name").asString()).isEqualTo("Acme Robotics");
        assertThat(saved.get("jobs").get(0).get("shortcode").asString()).isEqualTo("AB12CD");
        assertThat(lines.get(0).file()).startsWith("workable-acme-ab12cd-");
        assertThat(server.requests("/api/v1/widget/accounts/acme").get(0).query()).isEqualTo("details=true");
    }

    @Test
    void smartRecruitersJobsAreFetchedOneByOneAcrossPages() throws Exception {
        server.route("/v1/companies/acme/postings", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String body = query.contains("offset=1")
                    ? "{\"offset\":1,\"limit\":1,\"totalFound\":2,\"content\":[{\"id\":\"2\",\"name\":\"Two\"}]}"
                    : "{\"offset\":0,\"limit\":1,\"totalFound\":2,\"content\":[{\"id\":\"1\",\"name\":\"One\"}]}";
            LocalServer.send(exchange, 200, "application/json", body);
        });
        server.page("/v1/companies/acme/postings/1", 200, "application/json", "{\"id\":\"1\",\"name\":\"One\",\"jobAd\":{}}");
        server.page("/v1/companies/acme/postings/2", 200, "application/json", "{\"id\":\"2\",\"name\":\"Two\",\"jobAd\":{}}");

        fetch("smartrecruiters:acme");

        assertThat(lines).extracting(FetchLine::outcome).containsExactly(FetchLine.Outcome.SAVED, FetchLine.Outcome.SAVED);
        assertThat(folder.resolve(lines.get(1).file())).hasContent("{\"id\":\"2\",\"name\":\"Two\",\"jobAd\":{}}");
    }

    @Test
    void aSecondFetchOfTheSameBoardChangesNothing() throws Exception {
        server.page("/v0/postings/acme", 200, "application/json", "[{\"id\": \"a1\", \"text\": \"Engineer\"}]");
        fetch("lever:acme");
        lines.clear();

        fetch("lever:acme");

        assertThat(lines).extracting(FetchLine::outcome).containsExactly(FetchLine.Outcome.UNCHANGED);
    }

    @Test
    void aListingThatIsNotModifiedLeavesEveryJobAlone() throws Exception {
        server.route("/v0/postings/acme", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"board-1\"");
            if ("\"board-1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalServer.send(exchange, 304, null, "");
            } else {
                LocalServer.send(exchange, 200, "application/json", "[{\"id\": \"a1\"}, {\"id\": \"b2\"}]");
            }
        });
        fetch("lever:acme");
        lines.clear();

        fetch("lever:acme");

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.UNCHANGED);
            assertThat(line.reason()).isEqualTo("listing not modified, 2 jobs");
        });
    }

    @Test
    void aListingThatIsNotJsonIsSkipped() throws Exception {
        server.page("/v1/boards/acme/jobs", 200, "text/html", "<h1>Maintenance</h1>");

        fetch("greenhouse:acme");

        assertThat(lines).singleElement().extracting(FetchLine::reason).isEqualTo("the board's listing is not JSON");
        assertThat(snapshots()).isEmpty();
    }

    @Test
    void aMissingBoardIsSkippedWithTheStatus() throws Exception {
        fetch("greenhouse:nobody");

        assertThat(lines).singleElement().extracting(FetchLine::reason).isEqualTo("HTTP 404 Not Found");
    }

    @Test
    void anUnknownProviderOrASlugOfDotsIsRefused() throws Exception {
        fetch("monster:acme");
        fetch("greenhouse:..");

        assertThat(lines).extracting(FetchLine::outcome).containsOnly(FetchLine.Outcome.SKIPPED);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aJobWithoutAnIdIsSkippedAndTheOthersSaved() throws Exception {
        server.page("/v0/postings/acme", 200, "application/json", "[{\"text\": \"No id\"}, {\"id\": \"b2\"}]");

        fetch("lever:acme");

        assertThat(lines).extracting(FetchLine::outcome)
                .containsExactly(FetchLine.Outcome.SKIPPED, FetchLine.Outcome.SAVED);
    }

    private List<String> snapshots() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
