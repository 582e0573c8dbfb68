package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** ATS API payloads saved as .json, one invented fixture per API, shaped like the real responses. */
class ApiPayloadTest {
    private final PostingReader reader = new PostingReader(PostingReader.DEFAULT_MAX_BYTES,
            Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private Posting read(String name) throws PostingParseException {
        return reader.read(Fixtures.path("api/" + name), "postings/" + name);
    }

    @Test
    void readsAGreenhouseJobWithEncodedContent() throws Exception {
        Posting posting = read("greenhouse-job.json");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern Labs");
        assertThat(posting.location()).isEqualTo("Leeds, United Kingdom");
        assertThat(posting.datePosted()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(posting.sectionText(SectionKind.BENEFITS)).contains("Thirty days of paid leave");
        assertThat(posting.text()).doesNotContain("<li>", "&lt;");
    }

    @Test
    void takesTheGreenhouseAddressWithoutItsTrackingParameter() throws Exception {
        assertThat(read("greenhouse-job.json").url()).isEqualTo("https://brightfern.example/careers?gh_jid=4001");
    }

    @Test
    void readsALeverPostingWithItsListsAndTheCompanyFromItsBoard() throws Exception {
        Posting posting = read("lever-job.json");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern Labs");
        assertThat(posting.remote()).isEqualTo(Remote.HYBRID);
        assertThat(posting.employmentType()).isEqualTo("Full-time");
        assertThat(posting.datePosted()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(posting.text()).contains("What we ask", "Clear writing in English", "Thirty days of paid leave");
    }

    @Test
    void readsAnAshbyJob() throws Exception {
        Posting posting = read("ashby-job.json");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern");
        assertThat(posting.location()).isEqualTo("Porto, Portugal; Remote (Portugal)");
        assertThat(posting.remote()).isEqualTo(Remote.HYBRID);
        assertThat(posting.employmentType()).isEqualTo("Full-time");
    }

    @Test
    void readsASmartRecruitersPostingAndItsInactiveState() throws Exception {
        Posting posting = read("smartrecruiters-job.json");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern Labs");
        assertThat(posting.location()).isEqualTo("Ghent, East Flanders, Belgium");
        assertThat(posting.remote()).isEqualTo(Remote.HYBRID);
        assertThat(posting.expired()).isTrue();
    }

    @Test
    void readsAWorkableJob() throws Exception {
        Posting posting = read("workable-job.json");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern Labs");
        assertThat(posting.remote()).isEqualTo(Remote.YES);
        assertThat(posting.sectionText(SectionKind.BENEFITS)).contains("Thirty days");
    }

    @Test
    void readsAWorkdayJob() throws Exception {
        Posting posting = read("workday-job.json");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern Labs");
        assertThat(posting.location()).isEqualTo("Leeds, United Kingdom");
        assertThat(posting.text()).doesNotContain("Data Engineer");
    }

    @Test
    void refusesAListAsOnePosting() {
        assertThatThrownBy(() -> read("greenhouse-list.json"))
                .isInstanceOf(PostingParseException.class)
                .hasMessage("the file is a list of 2 jobs: save one job a file");
    }

    @Test
    void readsEveryJobOfAListUnderItsOwnSource() throws Exception {
        List<Posting> postings = reader.readAll(Fixtures.path("api/lever-list.json"), "postings/lever-list.json");

        assertThat(postings).extracting(Posting::source)
                .containsExactly("postings/lever-list.json#9f1c-aa", "postings/lever-list.json#9f1c-bb");
        assertThat(postings).extracting(Posting::title).containsExactly("Platform Engineer", "Data Engineer");
        assertThat(postings.get(0).id()).isNotEqualTo(postings.get(1).id());
    }

    @Test
    void explainsThatASearchResultHasNoDescriptions() {
        assertThatThrownBy(() -> reader.readAll(Fixtures.path("api/workday-list.json"), "workday-list.json"))
                .isInstanceOf(PostingParseException.class)
                .hasMessageContaining("none of the 2 jobs in the list can be read")
                .hasMessageContaining("no description");
    }

    @Test
    void namesTruncatedJson() {
        assertThatThrownBy(() -> read("truncated.json"))
                .isInstanceOf(PostingParseException.class)
                .hasMessageStartingWith("the JSON is not valid (truncated?)");
    }

    @Test
    void namesAnUnknownPayload() {
        assertThatThrownBy(() -> read("unknown-shape.json"))
                .isInstanceOf(PostingParseException.class)
                .hasMessageStartingWith("not a job payload tailor knows");
    }
}
