package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LeverAdapterTest {

    @Test
    void readsTheHeadlineAndCategories() throws Exception {
        Posting posting = Fixtures.read("lever.html");

        assertThat(posting.title()).isEqualTo("Senior Data Platform Engineer");
        assertThat(posting.location()).isEqualTo("Amsterdam, Netherlands");
        assertThat(posting.employmentType()).isEqualTo("Full-time");
    }

    @Test
    void readsTheWorkplaceType() throws Exception {
        Posting posting = Fixtures.read("lever.html");

        assertThat(posting.remote()).isEqualTo(Remote.HYBRID);
    }

    @Test
    void takesTheCompanyFromThePageTitleBeforeTheJobTitle() throws Exception {
        Posting posting = Fixtures.read("lever.html");

        assertThat(posting.company()).isEqualTo("Lumen Grid");
    }

    @Test
    void joinsTheDescriptionSectionsWithoutTheApplyButtons() throws Exception {
        Posting posting = Fixtures.read("lever.html");

        assertThat(posting.sections()).extracting(Section::kind).containsExactly(
                SectionKind.ABOUT, SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS);
        assertThat(posting.text()).contains("office by the canal").doesNotContain("Apply for this job", "Home Page");
    }

    @Test
    void combinesJsonLdFieldsWithTheAdaptersSections() throws Exception {
        Posting posting = Fixtures.read("lever-with-jsonld.html");

        assertThat(posting.title()).isEqualTo("Senior Data Platform Engineer (Streaming)");
        assertThat(posting.company()).isEqualTo("Lumen Grid B.V.");
        assertThat(posting.datePosted()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(posting.remote()).isEqualTo(Remote.HYBRID);
        assertThat(posting.sections()).extracting(Section::kind).containsExactly(
                SectionKind.ABOUT, SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS);
    }

    @Test
    void recognisesOnlyLeverPages() throws Exception {
        LeverAdapter adapter = new LeverAdapter();

        assertThat(adapter.recognises(PageScan.of(Fixtures.page("lever.html")))).isTrue();
        assertThat(adapter.recognises(PageScan.of(Fixtures.page("linkedin-guest.html")))).isFalse();
    }
}
