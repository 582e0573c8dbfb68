package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GreenhouseAdapterTest {

    @Test
    void readsTheClassicBoardLayout() throws Exception {
        Posting posting = Fixtures.read("greenhouse-classic.html");

        assertThat(posting.title()).isEqualTo("Frontend Engineer");
        assertThat(posting.company()).isEqualTo("Quillstone Analytics");
        assertThat(posting.location()).isEqualTo("Toronto, Ontario, Canada (Hybrid)");
    }

    @Test
    void readsHybridFromTheClassicLocation() throws Exception {
        Posting posting = Fixtures.read("greenhouse-classic.html");

        assertThat(posting.remote()).isEqualTo(Remote.HYBRID);
    }

    @Test
    void takesTheClassicDescriptionWithoutTheApplicationForm() throws Exception {
        Posting posting = Fixtures.read("greenhouse-classic.html");

        assertThat(posting.sections()).extracting(Section::kind).containsExactly(
                SectionKind.ABOUT, SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.NICE_TO_HAVE);
        assertThat(posting.text()).doesNotContain("First Name", "Submit Application", "Powered by");
    }

    @Test
    void readsTheJobBoardsLayoutWithTheCompanyFromThePageData() throws Exception {
        Posting posting = Fixtures.read("greenhouse-job-boards.html");

        assertThat(posting.title()).isEqualTo("Machine Learning Engineer");
        assertThat(posting.company()).isEqualTo("Mapleleaf Logistics");
        assertThat(posting.location()).isEqualTo("Remote - Canada");
        assertThat(posting.remote()).isEqualTo(Remote.YES);
    }

    @Test
    void takesTheJobBoardsDescriptionWithoutTheApplicationForm() throws Exception {
        Posting posting = Fixtures.read("greenhouse-job-boards.html");

        assertThat(posting.sectionText(SectionKind.RESPONSIBILITIES)).startsWith("Train and ship demand forecasting models");
        assertThat(posting.sectionText(SectionKind.REQUIREMENTS)).contains("Strong SQL");
        assertThat(posting.text()).doesNotContain("Apply for this job", "First Name", "Back to jobs");
    }

    @Test
    void recognisesOnlyGreenhousePages() throws Exception {
        GreenhouseAdapter adapter = new GreenhouseAdapter();

        assertThat(adapter.recognises(PageScan.of(Fixtures.page("greenhouse-classic.html")))).isTrue();
        assertThat(adapter.recognises(PageScan.of(Fixtures.page("greenhouse-job-boards.html")))).isTrue();
        assertThat(adapter.recognises(PageScan.of(Fixtures.page("lever.html")))).isFalse();
    }
}
